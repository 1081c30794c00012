// GET /api/export/cards?format=csv|json – the signed-in user's card states (the schedule), streamed.
import { exportResponse } from "../export-response";

export const GET = exportResponse("cards");
