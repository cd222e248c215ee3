// What other domains may use from units. Pure modules only: client components import this too.
export { escapeLikePattern, searchTextSchema, unitSlugSchema } from "./directory/unit-params";
