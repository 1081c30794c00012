/** The topic every learner's own card belongs to (inserted by the own_decks migration); topic lists leave it out. */
export const OWN_TOPIC_ID = "own";

/** The subtopic an own card gets: its deck id, so the library's subtopic label names nothing private. */
export const OWN_SUBTOPIC = "own";
