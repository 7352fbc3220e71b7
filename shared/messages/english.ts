// The English wording of every message main sends to the renderer, by code: the one source for the renderer's English
// (merged in as the `messages` area) and for what main writes where no screen words it (logs, the headless CLI).
// The other languages translate the same keys in renderer/i18n/locales/<language>.messages.json.
export const ENGLISH_MESSAGES = {
  fault: {
    'disk-full':
      "The disk is full, so this was not saved ({{detail}}). Free some space on the disk that holds Refurb Desk's data folder (empty the trash, move large files), then try again. Your catalogue is intact: nothing was half-written.",
    'read-only':
      'Refurb Desk may not write here, so this was not saved ({{detail}}). Your catalogue is open read-only: the banner at the top says why and how to fix it (the file\'s permissions, a paused synced folder, an antivirus). You can still read, export and back up.',
    'io-error':
      'The disk reported a read or write error, so this was not done ({{detail}}). Check the disk (or the network or USB drive holding the data folder) and try again; if it keeps happening, back up now and move the data folder to another disk.',
    busy: 'Your catalogue file is in use by another program, so this was not done ({{detail}}). Close any other Refurb Desk window or program using it, then try again.',
    damaged: 'Your catalogue file is damaged, so this was not done ({{detail}}). Restart Refurb Desk: it offers your backups to restore. Nothing has been deleted.',
    internal: 'Something went wrong on our side. Your data is safe; try again, and if it happens again, restart Refurb Desk.',
    unknownCall: 'Refurb Desk does not know the call "{{name}}". Restart Refurb Desk; if it happens again, reinstall the latest version.',
  },
  notFound: {
    product: 'This product was not found. It may have been deleted; refresh the list.',
    order: 'The order {{id}} was not found. It may have been deleted; refresh the list.',
    unit: 'The unit {{id}} was not found. It may have been deleted; refresh the list.',
    backup: 'This backup was not found. It may have been deleted; refresh the list.',
    category: 'The Back Market category {{id}} was not found. It may have been removed; refresh the category tree.',
  },
  changedElsewhere: {
    quantity: 'the quantity is {{quantity}} on Back Market (Refurb Desk sent {{sentQuantity}})',
    price: 'the price is {{price}} {{currency}} on Back Market (Refurb Desk sent {{sentPrice}})',
    quantityAndPrice:
      'the quantity is {{quantity}} on Back Market (Refurb Desk sent {{sentQuantity}}); the price is {{price}} {{currency}} on Back Market (Refurb Desk sent {{sentPrice}})',
  },
  progress: {
    reconciling: "Reading what Back Market holds in {{country}}: page {{done}} of {{total}}.",
  },
  stored: {
    // A text stored before messages had codes (an older catalogue): shown as it was written.
    verbatim: '{{text}}',
  },
} as const;
