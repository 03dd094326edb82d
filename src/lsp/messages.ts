import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';

export { MessageType };

/**
 * `window/showMessage`: a notification, which every client shows and none need answer (the library's
 * `showErrorMessage` sends the request form, which a client may not handle).
 */
export function showMessage(connection: Connection, type: MessageType, message: string): void {
  connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => {});
}
