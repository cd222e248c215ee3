// What other domains may use from meetings. Pure modules only: client components import this too.
export { toIdList } from "./form-values";
