// What other domains may use from units. Pure modules only: client components import this too.
export { searchTextSchema, unitSlugSchema } from "./directory/unit-params";
