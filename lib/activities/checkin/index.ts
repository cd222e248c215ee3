// The rotating check-in code, shared with meeting attendance (server-side: it reads the secret).
export { codeForSubject, isCodeValidForSubject } from "./code";
