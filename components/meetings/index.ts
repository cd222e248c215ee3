// Meeting components that other domains' pages show (server components).
export { MyMeetings } from "./my-meetings";
export { MyOpenDecisions } from "./decisions/my-open-decisions";
