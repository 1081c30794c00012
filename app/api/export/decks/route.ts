// GET /api/export/decks?format=csv|json – every card the signed-in user wrote or imported, with its deck.
import { exportResponse } from "../export-response";

export const GET = exportResponse("decks");
