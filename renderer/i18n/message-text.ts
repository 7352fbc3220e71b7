// Words a message main sent (a code and its values) in the merchant's language: messages.<code> in the locales.
// A text stored before messages had codes comes as 'stored.verbatim' and is shown as it was written.
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { MerchantMessage } from '../../shared/messages/merchant-message';

export function messageText(message: MerchantMessage, t: TFunction = i18next.t.bind(i18next)): string {
  return t(`messages.${message.code}`, { ...message.params, defaultValue: message.code });
}
