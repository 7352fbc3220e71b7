// The packing slip's file and what saving it answers, shared by the renderer's print view and the shell that saves it.

/** The name a saved packing slip is offered under. */
export const packingSlipFileName = (orderId: number) => `packing-slip-${orderId}.pdf`;

export interface PackingSlipSaveResult {
  /** false when the merchant closed the save dialog without choosing a file. */
  saved: boolean;
  /** The file's name (not its folder), for the confirmation. */
  fileName?: string;
}
