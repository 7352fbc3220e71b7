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
    syncInternal: 'The sync stopped because of a problem in Refurb Desk. Your catalogue and pending changes are safe; try again, and restart Refurb Desk if it happens again.',
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
    starting: 'Starting the sync.',
    resuming: 'Picking up the catalog tasks sent before Refurb Desk stopped.',
    cancelling: 'Cancelling after the request in flight…',
    planning: 'Working out what changed since the last sync.',
    sendingTask: 'Sending catalog task {{number}} of {{total}} for {{countryName}} (offers in it: {{offers}}).',
    sentTasks: 'Catalog tasks sent: {{total}}.',
    slowDown:
      'Back Market asked to slow down (too many requests): the sync waits until {{time}} UTC, then sends the catalog task for {{countryName}} again. Nothing is lost.',
    sendingStock: 'Sending stock: {{done}} of {{total}} offers.',
    stockSent: 'Stock sent for {{done}} of {{total}} offers.',
    sendingMinPrices: 'Sending min_price (your floor, for Back Market\'s repricer): {{done}} of {{total}} offers.',
    minPricesSent: 'min_price sent for {{done}} of {{total}} offers.',
    waiting: 'Back Market is processing the catalog tasks: {{waiting}} left.',
    waitingLong:
      "Back Market is processing the catalog tasks: {{waiting}} left. The oldest was sent {{minutes}} min ago, longer than the 5 minutes Back Market usually takes; the sync waits for it up to {{deadline}} min in all, then reads Back Market's listings instead.",
    processed: 'Back Market processed every catalog task.',
    reconciling: 'Reading what Back Market holds in {{countryName}}: page {{done}} of {{total}}.',
    tokenRejected: 'Back Market no longer accepts your API token: paste a new one and the sync continues by itself.',
    importingOrders: 'Importing new and changed orders.',
  },
  problem: {
    skuSharedCase:
      'Two products share this SKU on Back Market, which ignores letter case: {{skus}}. Nothing is sent for either until one is deleted or renamed in the Catalogue.',
    accountNotRead:
      'Refurb Desk has not read your Back Market listings{{where}} yet, so it cannot tell whether Back Market already holds this offer: nothing new is sent there until it has. Read them in Settings › Existing account.',
    accountReview:
      'Back Market already holds this offer with other values than the catalogue: choose in Settings › Existing account which to keep. Nothing is sent for it until then.',
    accountMarketOff:
      'Back Market does not sell this imported product in {{countryName}}, so Refurb Desk does not create it there on its own. To sell it there, choose "Publish" for it in Settings › Existing account.',
    noEanOrIdOnProduct:
      'This product has neither an EAN nor a Back Market product id, so its offer cannot be connected to a Back Market product. Add the EAN (or the Back Market product id) to the product.',
    noEanOrIdMapped:
      'Neither the EAN nor the Back Market product id is mapped, so no offer can be connected to a Back Market product. Map at least one of them in the offer fields.',
    noCategory: 'This product has no category, so it cannot be placed in a Back Market category. Give it a category.',
    categoryUnmapped: 'Your category "{{category}}" is not mapped to a Back Market category. Map it in Categorisation.',
    categoryStale:
      'Your category "{{category}}" is mapped to Back Market category {{id}}, which the stored category tree does not have as a last-level category. Refresh the category tree and map the category again.',
    categoryStaleBrand:
      'Your category "{{category}}" sends the brand "{{brand}}" to Back Market category {{id}}, which the stored category tree does not have as a last-level category. Refresh the category tree and set the category of that brand again.',
    categoryStaleProduct:
      'This product is sent to its own Back Market category {{id}}, which the stored category tree does not have as a last-level category. Refresh the category tree and choose its category again.',
    priceCurrency:
      '"{{fieldName}}" for {{countryName}} would be your catalogue price, which is in {{catalogueCurrency}}, sent as the same number in {{currency}}. Use "Fill from the catalogue price" in the price matrix with a {{catalogueCurrency}}→{{currency}} rate, or map a column that holds {{currency}} prices for {{countryName}}.',
    treeLanguageMissing:
      'The category tree in the language of {{countryName}} ({{language}}) is not stored with {{path}}, so the values Back Market accepts there are not known. Refresh the category tree in Categorisation.',
    attributeNotMapped: 'Back Market requires "{{attribute}}" for {{path}}, and it is not mapped. Map it in the category attributes.',
    attributeEmpty: '"{{attribute}}" is empty for this product; Back Market requires it for {{path}}. Fill it in.',
    attributeNotANumber: '"{{attribute}}" is "{{value}}", which is not a number. Enter a number such as 6.1.',
    attributeNotWhole: '"{{attribute}}" is "{{value}}", which is not a whole number. Enter a whole number such as 128.',
    valueNotAllowedIn:
      '"{{attribute}}" is "{{value}}", which Back Market does not accept for {{path}} in {{countryName}}, whose values are in another language. Map "{{value}}" to one of its values there ({{allowed}}).',
    valueNotAllowed: '"{{attribute}}" is "{{value}}", which Back Market does not accept for {{path}}. Map "{{value}}" to one of its values ({{allowed}}).',
    contentLanguage:
      'This product has no "{{fieldName}}" in the language of {{countryName}} ({{language}}), and you chose to fill those rather than send the {{catalogueLanguage}} text there. Fill it in, or choose to send the {{catalogueLanguage}} text in {{countryName}}.',
    fieldNotMapped: 'Back Market requires "{{fieldName}}"{{where}}, and it is not mapped. Map it in the field mapping.',
    noPrice: 'This product has no price{{where}}. Set one in the price matrix.',
    fieldEmpty: '"{{fieldName}}" is empty for this product{{where}}; Back Market requires it. Fill it in.',
    tooLong: '"{{fieldName}}"{{where}} has {{length}} characters; Back Market takes at most {{limit}}. Shorten it.',
    weightInvalid: 'The weight is "{{value}}"; Back Market needs a positive whole number of grams (for example 180). Enter the weight in grams.',
    priceNotANumber: '"{{fieldName}}"{{where}} is "{{value}}", which is not a number. Enter a positive amount with at most 2 decimals, such as 199.90.',
    priceNotANumberOrZero: '"{{fieldName}}"{{where}} is "{{value}}", which is not a number. Enter an amount of 0 or more with at most 2 decimals, such as 199.90.',
    priceNegative: '"{{fieldName}}"{{where}} is "{{value}}", which is negative. Enter an amount of 0 or more with at most 2 decimals, such as 199.90.',
    priceNotPositive: '"{{fieldName}}"{{where}} is "{{value}}", which is not a positive amount. Enter a positive amount with at most 2 decimals, such as 199.90.',
    priceDecimals: '"{{fieldName}}"{{where}} is "{{value}}", which has more than 2 decimals. Enter a positive amount with at most 2 decimals, such as 199.90.',
    priceDecimalsOrZero: '"{{fieldName}}"{{where}} is "{{value}}", which has more than 2 decimals. Enter an amount of 0 or more with at most 2 decimals, such as 199.90.',
    notWhole: '"{{fieldName}}"{{where}} is "{{value}}"; it must be a whole number of 0 or more.',
    warrantyNotWhole: 'The warranty{{where}} is "{{value}}"; enter a whole number of months, such as 12.',
    warrantyTooShort:
      "The warranty{{where}} is {{months}} months; Back Market's API rule is at least {{minimum}} months (the channel guide's older {{guideMinimum}}-month minimum no longer applies). Offer {{minimum}} months or more.",
    shipperUnmapped: 'The carrier "{{carrier}}" is not mapped to a Back Market shipper. Map it in the carrier mapping.',
    eanFormat: 'The EAN "{{ean}}" must be 8, 12, 13 or 14 digits. Copy it again from the box or the manufacturer.',
    eanCheckDigit: 'The EAN "{{ean}}" has a wrong check digit, so it matches no product. Copy it again from the box or the manufacturer.',
    productIdFormat: 'The Back Market product id "{{id}}" must be a UUID (or the older whole-number id). Copy it from the product page in your Back Market back office.',
    fixedConditionNotGrade: 'The fixed condition "{{condition}}" is not a Back Market grade. Choose one of {{grades}}.',
    conditionUnmapped: 'The condition "{{condition}}" is not mapped to a Back Market grade ({{grades}}). Map it in the condition mapping.',
    currencyNotMapped:
      'Back Market takes prices for {{countryName}} in {{expected}}, and your prices are taken as {{platform}}. Map the currency for {{countryName}} to the fixed value {{expected}}, with prices in {{expected}}.',
    currencyMismatch: 'The currency for {{countryName}} is "{{value}}"; Back Market takes prices there in {{expected}}. Give prices for {{countryName}} in {{expected}}.',
  },
  importRow: {
    productNumberMissing: 'The merchant product number is missing; every product needs its own.',
    notANumber: '"{{value}}" is not a number.',
    negative: '{{value}} is negative; use 0 or more.',
    notWhole: '{{value}} is not a whole number.',
    tooLarge: '{{value}} is larger than {{limit}}; check the unit.',
    eanDigitsOnly: 'EAN "{{ean}}" must contain digits only.',
    eanCheckDigit: 'EAN "{{ean}}" has a wrong check digit; copy it again from the box or the manufacturer.',
    eanLength: 'EAN "{{ean}}" must have 8, 12, 13 or 14 digits.',
    productIdFormat: 'Back Market product id "{{id}}" must be a UUID or the older whole-number id.',
    lineBreak: 'A product number cannot contain line breaks or tabs.',
    scientificEan: 'EAN "{{ean}}" was turned into a number by the spreadsheet and its digits are lost. Format the column as text, type the EAN again and save.',
    lengthNotWeight: '"{{value}}" is a length, not a weight; check that the column is mapped right.',
    weightNotLength: '"{{value}}" is a weight, not a length; check that the column is mapped right.',
    columnCount: 'This row has {{cells}} columns but the header has {{headers}}. Check for a missing or extra delimiter, or a quote that is not closed.',
    duplicate: 'Product number "{{productNumber}}" is already used on row {{row}}; each product appears once per file.',
  },
  csvFile: {
    empty: 'The file is empty. Export your catalogue again from your spreadsheet or shop system and choose the new file.',
    headerOnly: 'The file has a header row but no products under it. Check that you chose the right file.',
    notUtf8:
      'The file is not in UTF-8: line {{line}} has characters saved in another encoding. Choose "Windows-1252" or "ISO-8859-15" (Western European) as the encoding and import again.',
    unclosedQuote: 'Line {{line}} opens a quote (") that is never closed, so the rest of the file cannot be read. Close or remove that quote and import again.',
    tooManyColumns: 'Line {{line}} has more than {{max}} columns. Check that the delimiter is right, or remove the extra columns, and import again.',
    lineTooLong: 'Line {{line}} is too long to be a catalogue row. Check that this is the right file and that its lines end normally.',
    xlsx: 'This looks like an Excel workbook (.xlsx) or a ZIP archive, not a CSV file. Open it in your spreadsheet and use "Save as" → "CSV UTF-8 (comma or semicolon delimited)", then import the .csv file.',
    xls: 'This looks like an older Excel workbook (.xls), not a CSV file. Open it in your spreadsheet and use "Save as" → "CSV UTF-8 (comma or semicolon delimited)", then import the .csv file.',
    pdf: 'This looks like a PDF document, not a CSV file. Open it in your spreadsheet and use "Save as" → "CSV UTF-8 (comma or semicolon delimited)", then import the .csv file.',
    utf16: 'This file is saved as UTF-16 ("Unicode text"). Choose "UTF-16" as the encoding and import again.',
    binary: 'This is not a CSV file: it contains binary data (it looks like an Excel, PDF or image file). Open it in your spreadsheet and use "Save as" → "CSV UTF-8 (comma or semicolon delimited)", then import the .csv file.',
  },
  product: {
    numberTaken: 'Another product already has the number "{{productNumber}}". Product numbers must be unique: change this one.',
    numberTakenField: 'Already used by another product.',
    numberExists: 'A product with the number "{{productNumber}}" already exists. Open it to edit it instead.',
    numberExistsField: 'Already exists: open that product to edit it.',
    numberOtherCase:
      'The product "{{existing}}" already has this SKU: Back Market ignores letter case, so "{{productNumber}}" would be the same offer there. Open "{{existing}}" to edit it, or choose another product number.',
    numberOtherCaseField: 'Same SKU on Back Market as "{{existing}}" (letter case is ignored there).',
    numberCaseOnly:
      '"{{productNumber}}" differs from "{{current}}" only by letter case, which Back Market ignores: it stays the same SKU there. Keep "{{current}}", or choose another product number.',
    numberCaseOnlyField: 'Only the letter case differs from "{{current}}": Back Market ignores it.',
  },
  syncOutcome: {
    offline: 'Back Market cannot be reached (no connection?): the sync is queued and tries again in about {{seconds}} s, or as soon as the connection is back. Your changes are kept.',
    notAnswering: 'Back Market is not answering properly right now: the sync is queued and tries again in about {{seconds}} s. Your changes are kept.',
    slowDown: 'Back Market asked to slow down (too many requests): the sync waits until {{time}} UTC (about {{seconds}} s), then continues by itself. Your changes are kept.',
    cancelled: 'The sync was cancelled. What Back Market already received is recorded; the rest goes with the next sync.',
    queuedCancelled: 'The queued sync was cancelled. Your changes are kept for the next sync.',
    // An offer whose change Back Market did not confirm (read back from its listings).
    unconfirmedAgain: "Back Market's report did not say what became of this change, and its listings do not show it yet; checked again at the next sync, which sends it once more.",
    unconfirmedLost: "The answer to the catalog task carrying this change was lost, and after the wait Back Market's listings do not show it; checked again at the next sync, which sends it once more.",
    unconfirmedFinal: 'Back Market did not confirm this change: its report did not say, and its listings still do not show it after it was sent again. Refurb Desk checks again at each sync and does not send it by itself; check the offer in the Back Market back office, or retry it.',
  },
  backMarket: {
    // Back Market's own words stay as Back Market wrote them ({{text}}); the sentence around them is ours.
    refusedData: 'Back Market refused the data. Back Market said: "{{text}}". Correct it and send again.',
    forbidden: 'Back Market refused this request: the account behind this token is not a seller account, or this way of sending data is disabled for it. Check with your Back Market account manager.',
    forbiddenSaid: 'Back Market refused this request: the account behind this token is not a seller account, or this way of sending data is disabled for it. Check with your Back Market account manager. Back Market said: "{{text}}".',
    firewall: "Back Market's firewall blocked this request as if it came from a bot. If that is wrong, send this cf-ray to your Back Market seller contact so they can unblock you: {{cfRay}}.",
    noSuchItem: 'Back Market has no such item ({{call}}): it may have been deleted or belong to another account.',
    noSuchItemSaid: 'Back Market has no such item ({{call}}): it may have been deleted or belong to another account. Back Market said: "{{text}}".',
    tokenRejected: 'Back Market no longer accepts your API token. It changes whenever the Back Market password changes: create a new token in the Back Market back office (Options) and paste it into Refurb Desk. Your pending changes are kept and will be sent then.',
  },
  words: {
    // {{where}} in a message about one market (nothing when it holds for every market).
    where: ' for {{countryName}}',
    // {{subject}} of an input problem whose field has no name the merchant knows.
    thisValue: 'This value',
  },
  account: {
    setupFirst: 'Finish setting up Refurb Desk first: choose the sandbox marketplace or connect your Back Market account.',
    noMarkets: 'Choose at least one market in Settings before reading the account.',
    noToken: 'Refurb Desk has no usable Back Market token: paste a new token from the Back Market back office (Options).',
    readInternal: 'The read stopped because of a problem in Refurb Desk. Your catalogue is safe; read the account again, and restart Refurb Desk if it happens again.',
    skuNotProductNumber:
      'Refurb Desk matches your Back Market listings with the catalogue by SKU, and your offer fields send as SKU something other than the product number. Map the SKU to the product number in the offer fields, then read the account again.',
    readRunning:
      'Refurb Desk is still reading your Back Market listings (Settings › Existing account); the sync can start when it ends or after you cancel it.',
  },
  unit: {
    identifierShipped:
      'This device has shipped: Back Market holds its IMEI and serial number for the order and never corrects them afterwards, so they stay as sent. Edit its other details; a different device is recorded as a new unit.',
  },
  setup: {
    notSetUp: 'Finish setting up Refurb Desk first: choose the sandbox marketplace or connect your Back Market account.',
    finishFirst: 'Finish setting up Refurb Desk first.',
  },
  mapping: {
    priceMatrixOnlyPrice: 'Only the price can come from the price matrix; choose a catalogue field or a fixed value.',
    notAGrade: '"{{value}}" is not a Back Market grade; choose one of PREMIUM, EXCELLENT, VERY_GOOD, GOOD, FAIR, STALLONE.',
    treeUnavailable: 'The category tree could not be fetched from Back Market ({{reason}}). No tree is stored yet. Check your connection and refresh again.',
    treeUnavailableKept: 'The category tree could not be fetched from Back Market ({{reason}}). The tree fetched on {{date}} is still used. Check your connection and refresh again.',
    treeUnavailableIn: 'The category tree could not be fetched from Back Market in {{languages}} ({{reason}}). No tree is stored yet. Check your connection and refresh again.',
    treeUnavailableInKept:
      'The category tree could not be fetched from Back Market in {{languages}} ({{reason}}). The tree fetched on {{date}} is still used. Check your connection and refresh again.',
    categoryNotInTree: 'Back Market category {{id}} is not in the stored category tree. Refresh the tree and choose the category again.',
    notLeaf: '"{{path}}" is not a last-level category; products can only go into a last-level one. Choose one of its sub-categories.',
    notAField: '"{{name}}" is not a Back Market field.',
    oneValueEveryCountry: '"{{label}}" has one value for every country; set it without a country.',
    notAGradeTarget: '"{{target}}" is not a Back Market grade. Choose one from the list.',
    notAShipperTarget: '"{{target}}" is not a Back Market shipper. Choose one from the list.',
    notAnAttributeValue: '"{{target}}" is not one of the values Back Market accepts for this attribute. Choose one from the list.',
    treeTokenUnusable: 'The category tree cannot be fetched: the Back Market token is not usable. Enter a new token, then refresh the tree.',
    notSoldIn: 'You do not sell in {{market}}; enable the country first.',
    copyOtherCurrency: 'Prices in {{fromCurrency}} cannot be copied unchanged into {{market}} ({{currency}}); fill them with a conversion rate instead.',
    priceDecimals: '{{price}} has more than 2 decimals; enter the price to the cent, such as 199.90.',
    rateMissing:
      'Set the rate of {{currencies}} for one {{base}} before copying prices into it; a price is never copied into another currency unchanged.',
    fileNotJson: "This file is not a valid mapping file: it is not readable JSON ({{detail}}). Choose a file exported from Refurb Desk's mapping screen.",
    // The problems are listed as the file check wrote them (field paths and the rule each breaks).
    fileRefused: 'This mapping file cannot be imported; nothing was changed. {{problems}}.',
    fileRefusedMore: 'This mapping file cannot be imported; nothing was changed. {{problems}} (and {{more}} more).',
  },
  csvMapping: {
    columnCount: 'The column mapping has {{entries}} entries but the file has {{columns}} columns. Open the file again to map its columns.',
    sameField: 'The columns "{{first}}" and "{{second}}" are both mapped to the same field. Map one of them to something else.',
    noProductNumber: 'No column is mapped to the merchant product number (SKU). Every product needs its own number: map the column that holds it.',
    wrongUnit: 'The column "{{header}}" is read in {{unit}}, which is not a unit for this field. Choose its unit again.',
  },
  backup: {
    notOpened: 'Your catalogue file could not be opened. Restore a backup first.',
    readOnlyNeedsUpdate:
      'Your catalogue file ({{file}}) is read-only, and this version of Refurb Desk must update its structure before using it. Make the file and its folder writable (file properties or permissions; a synced folder may be paused or an antivirus may be blocking it), then start Refurb Desk again. Nothing has been changed or deleted.',
    readOnlyFolder:
      'Refurb Desk cannot create your catalogue: its folder ({{folder}}) is read-only. Make the folder writable (permissions; a synced folder may be paused or an antivirus may be blocking it), then start Refurb Desk again.',
    fromSandbox:
      "This file was exported from the sandbox marketplace's catalogue; listings and orders of one marketplace do not belong in the other. Import it in the same mode, or move your products with a CSV export and import. Nothing has been changed.",
    fromBackMarket:
      "This file was exported from a Back Market account's catalogue; listings and orders of one marketplace do not belong in the other. Import it in the same mode, or move your products with a CSV export and import. Nothing has been changed.",
    newOnlyWhenMissing: 'A new empty catalogue is offered only when the catalogue file is missing or empty. Restore a backup instead. Nothing has been changed.',
    backupUnreadable: 'This backup cannot be read by SQLite ({{detail}}). Choose another one. Nothing has been changed.',
    noCatalogueFile: 'There is no catalogue file at {{file}} to copy.',
    notJson: 'This file is not a Refurb Desk "export everything" file (it is not JSON). Choose the .json file that "Export everything" saved. Nothing has been changed.',
    noHeader: 'This file is not a Refurb Desk "export everything" file (its header is missing). Choose the .json file that "Export everything" saved. Nothing has been changed.',
    notAnExport: 'This file is not a Refurb Desk "export everything" file ({{detail}}). Choose the .json file that "Export everything" saved. Nothing has been changed.',
    unknownTable: 'This file is not a Refurb Desk "export everything" file (it has a table "{{table}}" that database version {{version}} does not have). Choose the .json file that "Export everything" saved. Nothing has been changed.',
    unknownColumn: 'This file is not a Refurb Desk "export everything" file (the table "{{table}}" has no column "{{column}}"). Choose the .json file that "Export everything" saved. Nothing has been changed.',
    rowLength: 'This file is not a Refurb Desk "export everything" file (a row of "{{table}}" has {{values}} values for {{columns}} columns). Choose the .json file that "Export everything" saved. Nothing has been changed.',
    brokenLinks: 'This file is not a Refurb Desk "export everything" file ({{rows}} rows point to rows that are not in the file). Choose the .json file that "Export everything" saved. Nothing has been changed.',
    newerFormat:
      'This file was exported by a newer Refurb Desk (export format {{format}}; this app reads up to {{readable}}). Install the latest Refurb Desk on this computer, then import it again. Nothing has been changed.',
    newerSchema:
      'This file was exported by a newer Refurb Desk (database version {{version}}; this app knows up to {{known}}). Install the latest Refurb Desk on this computer, then import it again. Nothing has been changed.',
  },
  orders: {
    noOrderline: 'Order {{orderId}} has no orderline {{orderlineId}} in Refurb Desk. Import the orders again, then try again.',
    carrierUnmapped:
      'The carrier "{{carrier}}" is not mapped to a Back Market shipper yet, so Back Market would not know it. Map it under Mapping › Carriers, then ship again.',
    identifiersOneLine: 'An IMEI or serial number goes with the shipment only for an order of one line of quantity 1. Leave it empty here.',
    alreadyShipped: 'Order {{orderId}} is already shipped. Nothing was sent again.',
    alreadyShippedTracking: 'Order {{orderId}} is already shipped (tracking {{tracking}}). Nothing was sent again.',
    careFolderNoOrderline: 'Care folder {{careFolderId}} names no orderline to refund. Refund it from the Back Market back office.',
    careRefundState:
      'Orderline {{orderlineId}} of order {{orderId}} cannot be refunded from its care folder in its state ({{state}}): it is already cancelled or refunded.',
    partialRefundShippedOnly: 'Only a shipped orderline can be refunded in part. Leave the amount empty to refund it in full.',
    pdfDesktopOnly: 'Saving a PDF is done by the desktop app. Here, use Print and choose "Save as PDF" as the printer.',
    notImported: 'Order {{orderId}} is not in Refurb Desk yet. Import the orders from Back Market, then try again.',
    moveRefused: 'Back Market refused this. Back Market said: "{{text}}".',
    moveUnknown: 'Back Market could not do this: it does not know this order or orderline. Import the orders again and retry.',
    moveUncertain:
      'The connection to Back Market broke after Refurb Desk asked for this, so it is not known yet whether Back Market did it. Refurb Desk will read the order on Back Market before sending anything again: try again when the connection is back.',
  },
  units: {
    sameField: 'Two columns are mapped to the same field ({{column}}). Map each field once.',
    noIdentifierColumn: 'Map the column holding the IMEI or the serial number: each device is recorded by one of them.',
    noSkuColumn: 'Map the column holding the SKU (or the model) the devices are sold as.',
    headerOnly: 'The file has a header row but no devices under it. Check that you chose the right file.',
    shippedElsewhere: '{{code}} is a device already shipped on another order. A device ships once: scan the device you are packing.',
    notInStock:
      '{{code}} is a device whose status in Units is "{{status}}", not in stock. Scan the device you are packing, or put this one back in stock in Units first.',
    noSuchSku: 'No product has the SKU "{{sku}}". Choose a product of your catalogue, or add it first.',
    imeiTaken: 'IMEI {{imei}} is already recorded on another unit. Each device is recorded once: find it in Units and edit it.',
    statusFollowsReserved: 'This unit is reserved for an order: its status follows the order. Cancel or refund the order in Orders instead.',
    statusFollowsShipped: 'This unit is shipped: its status follows the order. Cancel or refund the order in Orders instead.',
    noSuchSkuRefresh: 'No product has the SKU "{{sku}}". Refresh the list.',
  },
  // A value main refused before any service saw it (the call's input schema), one code per kind of problem. {{subject}}
  // is the field's name in the merchant's language, worded from `input` (the field's path in the call's input).
  input: {
    missing: '{{subject}}: missing. Fill it in.',
    empty: '{{subject}}: empty. Fill it in.',
    tooShort: '{{subject}}: at least {{minimum}} characters; this is shorter. Complete it.',
    tooLong: '{{subject}}: at most {{maximum}} characters; this is longer. Shorten it.',
    tooSmall: '{{subject}}: {{minimum}} or more. Enter a larger number.',
    notAboveMinimum: '{{subject}}: more than {{minimum}}. Enter a larger number.',
    tooBig: '{{subject}}: {{maximum}} or less. Enter a smaller number.',
    notBelowMaximum: '{{subject}}: less than {{maximum}}. Enter a smaller number.',
    tooFew: '{{subject}}: choose at least {{minimum}}.',
    tooMany: '{{subject}}: at most {{maximum}} at a time. Choose fewer.',
    notMultiple: '{{subject}}: a multiple of {{divisor}}. Enter another number.',
    notWhole: '{{subject}}: a whole number. Enter it without decimals.',
    notNumber: '{{subject}}: a number. Enter digits only.',
    wrongKind: '{{subject}}: this kind of value is not expected here. Refresh the screen and try again.',
    badFormat: '{{subject}}: not in the expected form. Check it and try again.',
    badEmail: '{{subject}}: not an e-mail address. Enter one such as name@example.com.',
    badUrl: '{{subject}}: not a web address. Enter one that starts with https://.',
    notChoice: '{{subject}}: not one of the choices offered. Choose one of them.',
    unknownKeys: 'Refurb Desk does not know {{keys}} here. Restart Refurb Desk; if it happens again, install the latest version.',
    invalid: '{{subject}}: not valid here. Check it and try again.',
  },
  files: {
    tooLarge: 'The file is larger than {{megabytes}} MB. Split it into smaller files and import them one after the other.',
    noLongerAvailable: 'The chosen file is no longer available. Choose the file again to import it.',
  },
  preview: {
    updatesDesktopOnly: 'Updates are a setting of the desktop app. In the browser preview, update the project itself (git pull, npm install).',
    errorLogDesktopOnly: 'The error log is kept by the desktop app. In the browser preview, errors are printed in the terminal that runs npm run preview.',
  },
  recovery: {
    damaged:
      'Refurb Desk cannot read your catalogue file: it is damaged (SQLite says "{{detail}}"). Restore one of your backups below, or copy the damaged file somewhere safe and send it to support. Nothing has been changed or deleted.',
    notAllowed:
      'Refurb Desk is not allowed to open your catalogue file ({{detail}}). Check that the file and its folder are not read-only, then start Refurb Desk again. Nothing has been changed or deleted.',
    busy: 'Your catalogue file is in use by another program ({{detail}}). Close any other Refurb Desk window or program using it, then start Refurb Desk again. Nothing has been changed or deleted.',
    cannotOpen:
      'Refurb Desk could not open your catalogue file ({{detail}}). Restore one of your backups below, or copy the file somewhere safe and send it to support. Nothing has been changed or deleted.',
    missing:
      'Your catalogue file is missing ({{file}}), although Refurb Desk opened it before. It may have been moved, deleted, or not yet downloaded by a synced folder (OneDrive, Dropbox, iCloud), or put in quarantine by an antivirus. Put the file back and start Refurb Desk again, or restore one of your backups below. Refurb Desk has not created a new empty catalogue in its place.',
    empty:
      'Your catalogue file is empty: 0 bytes ({{file}}), although Refurb Desk opened it before. It may have been moved, deleted, or not yet downloaded by a synced folder (OneDrive, Dropbox, iCloud), or put in quarantine by an antivirus. Put the file back and start Refurb Desk again, or restore one of your backups below. Refurb Desk has not created a new empty catalogue in its place.',
  },
  stored: {
    // A text stored before messages had codes (an older catalogue): shown as it was written.
    verbatim: '{{text}}',
  },
} as const;
