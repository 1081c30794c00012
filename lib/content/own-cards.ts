/**
 * The topic every learner's own card belongs to (inserted by the own_decks migration); topic lists leave it
 * out. An own card's subtopic is its deck's id, so mastery can be grouped per deck like per subtopic.
 */
export const OWN_TOPIC_ID = "own";
