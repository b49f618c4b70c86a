import type { Locale } from '../lib/locale';

/**
 * Every string the emails show, one typed object per locale: a string missing from a locale is a compile
 * error. Strings are plain text (the layout escapes them for HTML); functions take values to put in.
 *
 * To add a template: add its strings to `EmailMessages` and to each locale below, then add the template
 * to `emailTemplates` in templates.ts.
 */
export interface EmailMessages {
  common: {
    /** The opening line; `firstName` may be empty. */
    greeting: (firstName: string) => string;
    /** Shown above the raw address under a button. */
    linkFallback: string;
    signOff: string;
    /** The footer line; the store name is nominative, so no inflection is needed. */
    sentBy: (storeName: string) => string;
    /** Between a label and its value ("Total: €5.00"); Chinese uses the full-width colon, without a space. */
    colon: string;
  };
  verifyEmail: { subject: string; intro: string; action: string; expiry: string; ignore: string };
  resetPassword: { subject: string; intro: string; action: string; expiry: string; ignore: string };
  accountExists: {
    subject: string;
    intro: string;
    signInHint: string;
    action: string;
    forgotPassword: string;
    notYou: string;
  };
  passwordChanged: { subject: string; intro: string; warning: string; action: string };
  accountDeleted: { subject: string; intro: string; records: string; thanks: string };
  /** Shared by the order emails: the summary, its tables and the order's facts. */
  order: {
    orderNumber: string;
    placedAt: string;
    paymentMethod: string;
    paymentMethods: { bank_transfer: string; stripe: string };
    viewOrder: string;
    linesCaption: string;
    product: string;
    quantity: string;
    amount: string;
    /** Under a line's name when more than one was bought; `price` is formatted. */
    unitPrice: (price: string) => string;
    sku: (sku: string) => string;
    subtotal: string;
    /** `code` is the coupon code, or null for a discount without one. */
    discount: (code: string | null) => string;
    shipping: (method: string) => string;
    /** Shown instead of 0 as the shipping cost. */
    freeShipping: string;
    total: string;
    /** The VAT contained in the prices, per rate, as Finnish receipts show it. */
    vatCaption: string;
    vatRate: string;
    vatNet: string;
    vatAmount: string;
    vatTotal: string;
    deliveryAddress: string;
    phone: (phone: string) => string;
  };
  orderConfirmation: {
    subject: (orderNumber: string, storeName: string) => string;
    heading: string;
    intro: (orderNumber: string) => string;
    /** Card payments: the order is placed but the payment may still be pending. */
    cardPending: string;
    bankTransfer: {
      heading: string;
      /** `dueDate` is formatted. */
      intro: (dueDate: string) => string;
      recipient: string;
      iban: string;
      bic: string;
      reference: string;
      amount: string;
      dueDate: string;
      useReference: string;
    };
  };
  paymentReceived: {
    subject: (orderNumber: string, storeName: string) => string;
    heading: string;
    /** `amount` is formatted. */
    intro: (orderNumber: string, amount: string) => string;
    next: string;
  };
  orderShipped: {
    subject: (orderNumber: string, storeName: string) => string;
    heading: string;
    intro: (orderNumber: string) => string;
    carrier: string;
    trackingNumber: string;
    track: string;
    /** When there is a tracking number but no link to follow. */
    trackingHint: string;
  };
  orderCancelled: {
    subject: (orderNumber: string, storeName: string) => string;
    heading: string;
    intro: (orderNumber: string) => string;
    /** `amount` is formatted. */
    refund: (amount: string) => string;
    noCharge: string;
  };
}

const fi: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `Hei ${firstName}!` : 'Hei!'),
    linkFallback: 'Jos painike ei toimi, kopioi tämä osoite selaimesi osoiteriville:',
    signOff: 'Ystävällisin terveisin',
    sentBy: (storeName) => `${storeName} lähetti tämän viestin automaattisesti.`,
    colon: ': ',
  },
  verifyEmail: {
    subject: 'Vahvista sähköpostiosoitteesi',
    intro:
      'Kiitos rekisteröitymisestä! Vahvista vielä, että tämä sähköpostiosoite on sinun, niin tilisi on valmis käyttöön.',
    action: 'Vahvista sähköpostiosoite',
    expiry: 'Linkki on voimassa 24 tuntia.',
    ignore: 'Jos et luonut tiliä, voit jättää tämän viestin huomiotta.',
  },
  resetPassword: {
    subject: 'Salasanan vaihto',
    intro: 'Saimme pyynnön vaihtaa tilisi salasanan. Voit valita uuden salasanan alla olevasta painikkeesta.',
    action: 'Valitse uusi salasana',
    expiry: 'Linkki on voimassa tunnin.',
    ignore:
      'Jos et pyytänyt salasanan vaihtoa, voit jättää tämän viestin huomiotta. Salasanasi pysyy ennallaan.',
  },
  accountExists: {
    subject: 'Sinulla on jo tili',
    intro:
      'Joku – toivottavasti sinä – yritti juuri luoda uuden tilin tällä sähköpostiosoitteella. Osoitteelle on jo olemassa tili, joten uutta tiliä ei luotu.',
    signInHint:
      'Voit kirjautua sisään nykyisellä tililläsi. Jos olet unohtanut salasanasi, voit valita uuden.',
    action: 'Kirjaudu sisään',
    forgotPassword: 'Unohditko salasanasi?',
    notYou: 'Jos et itse yrittänyt luoda tiliä, sinun ei tarvitse tehdä mitään. Tilisi on ennallaan.',
  },
  passwordChanged: {
    subject: 'Salasanasi on vaihdettu',
    intro: 'Tilisi salasana vaihdettiin juuri. Jos vaihdoit sen itse, sinun ei tarvitse tehdä mitään.',
    warning: 'Jos et vaihtanut salasanaa itse, vaihda se heti alla olevasta painikkeesta.',
    action: 'Vaihda salasana',
  },
  accountDeleted: {
    subject: 'Tilisi on poistettu',
    intro: 'Tilisi on poistettu, eikä sillä voi enää kirjautua sisään.',
    records: 'Säilytämme tilaustietoja vain sen ajan, jonka kirjanpitolaki edellyttää.',
    thanks: 'Kiitos, että asioit kanssamme. Olet aina tervetullut takaisin!',
  },
  order: {
    orderNumber: 'Tilausnumero',
    placedAt: 'Tilattu',
    paymentMethod: 'Maksutapa',
    paymentMethods: { bank_transfer: 'Tilisiirto', stripe: 'Korttimaksu' },
    viewOrder: 'Näytä tilaus',
    linesCaption: 'Tilauksen sisältö',
    product: 'Tuote',
    quantity: 'Määrä',
    amount: 'Summa',
    unitPrice: (price) => `${price}/kpl`,
    sku: (sku) => `Tuotenro ${sku}`,
    subtotal: 'Välisumma',
    discount: (code) => (code ? `Alennus (koodi ${code})` : 'Alennus'),
    shipping: (method) => `Toimitus (${method})`,
    freeShipping: 'Maksuton',
    total: 'Yhteensä',
    vatCaption: 'Hintoihin sisältyvä arvonlisävero',
    vatRate: 'ALV-kanta',
    vatNet: 'Veroton',
    vatAmount: 'ALV',
    vatTotal: 'ALV yhteensä',
    deliveryAddress: 'Toimitusosoite',
    phone: (phone) => `Puh. ${phone}`,
  },
  orderConfirmation: {
    subject: (orderNumber, storeName) => `Tilausvahvistus ${orderNumber} – ${storeName}`,
    heading: 'Kiitos tilauksestasi!',
    intro: (orderNumber) =>
      `Olemme vastaanottaneet tilauksesi ${orderNumber}. Tässä vielä yhteenveto tilauksestasi.`,
    cardPending: 'Saat meiltä vahvistuksen heti, kun korttimaksu on mennyt läpi.',
    bankTransfer: {
      heading: 'Maksuohjeet',
      intro: (dueDate) =>
        `Maksathan tilauksen tilisiirtona viimeistään ${dueDate}. Lähetämme tilauksen, kun maksu on saapunut tilillemme.`,
      recipient: 'Saaja',
      iban: 'Tilinumero (IBAN)',
      bic: 'BIC',
      reference: 'Viitenumero',
      amount: 'Summa',
      dueDate: 'Eräpäivä',
      useReference:
        'Käytä maksaessasi viitenumeroa, älä viestiä. Viitenumeron avulla maksu kohdistuu oikeaan tilaukseen.',
    },
  },
  paymentReceived: {
    subject: (orderNumber, storeName) => `Maksu vastaanotettu, tilaus ${orderNumber} – ${storeName}`,
    heading: 'Kiitos, maksusi on saapunut',
    intro: (orderNumber, amount) =>
      `Olemme vastaanottaneet ${amount} maksusi tilauksesta ${orderNumber}. Kiitos!`,
    next: 'Keräämme tilauksesi nyt valmiiksi ja ilmoitamme, kun se on lähetetty.',
  },
  orderShipped: {
    subject: (orderNumber, storeName) => `Tilauksesi ${orderNumber} on matkalla – ${storeName}`,
    heading: 'Tilauksesi on matkalla',
    intro: (orderNumber) => `Hyviä uutisia: tilauksesi ${orderNumber} on lähetetty!`,
    carrier: 'Kuljetusliike',
    trackingNumber: 'Seurantatunnus',
    track: 'Seuraa lähetystä',
    trackingHint: 'Voit seurata lähetystä kuljetusliikkeen verkkosivuilla seurantatunnuksen avulla.',
  },
  orderCancelled: {
    subject: (orderNumber, storeName) => `Tilaus ${orderNumber} on peruttu – ${storeName}`,
    heading: 'Tilaus on peruttu',
    intro: (orderNumber) => `Tilauksesi ${orderNumber} on peruttu.`,
    refund: (amount) =>
      `Palautamme ${amount} samalle maksutavalle, jolla maksoit. Rahat näkyvät tililläsi yleensä muutaman päivän kuluessa.`,
    noCharge: 'Tilauksesta ei ole veloitettu sinulta mitään.',
  },
};

const sv: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `Hej ${firstName}!` : 'Hej!'),
    linkFallback: 'Om knappen inte fungerar kan du kopiera den här adressen till webbläsaren:',
    signOff: 'Vänliga hälsningar',
    sentBy: (storeName) => `Det här mejlet skickades automatiskt av ${storeName}.`,
    colon: ': ',
  },
  verifyEmail: {
    subject: 'Bekräfta din e-postadress',
    intro:
      'Tack för att du skapade ett konto! Bekräfta att den här e-postadressen är din, så är kontot klart att använda.',
    action: 'Bekräfta e-postadressen',
    expiry: 'Länken gäller i 24 timmar.',
    ignore: 'Om du inte har skapat något konto kan du bortse från det här mejlet.',
  },
  resetPassword: {
    subject: 'Återställ ditt lösenord',
    intro:
      'Vi har fått en begäran om att återställa lösenordet till ditt konto. Välj ett nytt lösenord med knappen nedan.',
    action: 'Välj ett nytt lösenord',
    expiry: 'Länken gäller i en timme.',
    ignore:
      'Om det inte var du som bad om det här kan du bortse från mejlet. Ditt lösenord förblir oförändrat.',
  },
  accountExists: {
    subject: 'Du har redan ett konto',
    intro:
      'Någon – förhoppningsvis du – försökte nyss skapa ett nytt konto med den här e-postadressen. Det finns redan ett konto för adressen, så inget nytt konto skapades.',
    signInHint:
      'Du kan logga in med ditt befintliga konto. Om du har glömt lösenordet kan du välja ett nytt.',
    action: 'Logga in',
    forgotPassword: 'Glömt lösenordet?',
    notYou: 'Om det inte var du behöver du inte göra något. Ditt konto är oförändrat.',
  },
  passwordChanged: {
    subject: 'Ditt lösenord har ändrats',
    intro: 'Lösenordet till ditt konto ändrades nyss. Om det var du behöver du inte göra något mer.',
    warning: 'Om det inte var du, återställ lösenordet direkt med knappen nedan.',
    action: 'Återställ lösenordet',
  },
  accountDeleted: {
    subject: 'Ditt konto har raderats',
    intro: 'Ditt konto har raderats och du kan inte längre logga in med det.',
    records: 'Orderuppgifter sparar vi bara så länge som bokföringslagen kräver.',
    thanks: 'Tack för att du har handlat hos oss. Du är alltid välkommen tillbaka!',
  },
  order: {
    orderNumber: 'Ordernummer',
    placedAt: 'Beställd',
    paymentMethod: 'Betalsätt',
    paymentMethods: { bank_transfer: 'Banköverföring', stripe: 'Kortbetalning' },
    viewOrder: 'Visa beställningen',
    linesCaption: 'Din beställning',
    product: 'Produkt',
    quantity: 'Antal',
    amount: 'Summa',
    unitPrice: (price) => `${price}/st.`,
    sku: (sku) => `Art.nr ${sku}`,
    subtotal: 'Delsumma',
    discount: (code) => (code ? `Rabatt (kod ${code})` : 'Rabatt'),
    shipping: (method) => `Frakt (${method})`,
    freeShipping: 'Fri frakt',
    total: 'Totalt',
    vatCaption: 'Varav moms',
    vatRate: 'Momssats',
    vatNet: 'Exkl. moms',
    vatAmount: 'Moms',
    vatTotal: 'Moms totalt',
    deliveryAddress: 'Leveransadress',
    phone: (phone) => `Tfn ${phone}`,
  },
  orderConfirmation: {
    subject: (orderNumber, storeName) => `Orderbekräftelse ${orderNumber} – ${storeName}`,
    heading: 'Tack för din beställning!',
    intro: (orderNumber) => `Vi har tagit emot din beställning ${orderNumber}. Här är en sammanfattning.`,
    cardPending: 'Vi skickar en bekräftelse så snart kortbetalningen har gått igenom.',
    bankTransfer: {
      heading: 'Så här betalar du',
      intro: (dueDate) =>
        `Betala beställningen med banköverföring senast ${dueDate}. Vi skickar varorna när betalningen har kommit in.`,
      recipient: 'Mottagare',
      iban: 'Kontonummer (IBAN)',
      bic: 'BIC',
      reference: 'Referensnummer',
      amount: 'Belopp',
      dueDate: 'Förfallodag',
      useReference:
        'Ange referensnumret när du betalar, inte ett meddelande. Då kopplas betalningen till rätt beställning.',
    },
  },
  paymentReceived: {
    subject: (orderNumber, storeName) =>
      `Vi har fått din betalning för beställning ${orderNumber} – ${storeName}`,
    heading: 'Tack, din betalning har kommit in',
    intro: (orderNumber, amount) =>
      `Vi har tagit emot din betalning på ${amount} för beställning ${orderNumber}. Tack!`,
    next: 'Nu packar vi din beställning och hör av oss när den har skickats.',
  },
  orderShipped: {
    subject: (orderNumber, storeName) => `Din beställning ${orderNumber} är på väg – ${storeName}`,
    heading: 'Din beställning är på väg',
    intro: (orderNumber) => `Goda nyheter: din beställning ${orderNumber} har skickats!`,
    carrier: 'Transportör',
    trackingNumber: 'Spårningsnummer',
    track: 'Spåra paketet',
    trackingHint: 'Du kan följa paketet på transportörens webbplats med spårningsnumret.',
  },
  orderCancelled: {
    subject: (orderNumber, storeName) => `Beställning ${orderNumber} har avbrutits – ${storeName}`,
    heading: 'Beställningen har avbrutits',
    intro: (orderNumber) => `Din beställning ${orderNumber} har avbrutits.`,
    refund: (amount) =>
      `Vi betalar tillbaka ${amount} till samma betalsätt som du använde. Pengarna brukar synas på ditt konto inom några dagar.`,
    noCharge: 'Du har inte debiterats något för beställningen.',
  },
};

const en: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `Hi ${firstName},` : 'Hi,'),
    linkFallback: "If the button doesn't work, copy this address into your browser:",
    signOff: 'Best wishes,',
    sentBy: (storeName) => `This email was sent automatically by ${storeName}.`,
    colon: ': ',
  },
  verifyEmail: {
    subject: 'Confirm your email address',
    intro:
      'Thanks for creating an account! Please confirm that this email address is yours, and your account is ready to use.',
    action: 'Confirm email address',
    expiry: 'The link is valid for 24 hours.',
    ignore: "If you didn't create an account, you can ignore this email.",
  },
  resetPassword: {
    subject: 'Reset your password',
    intro:
      'We received a request to reset the password for your account. You can choose a new password with the button below.',
    action: 'Choose a new password',
    expiry: 'The link is valid for 1 hour.',
    ignore: "If you didn't ask for this, you can ignore this email. Your password stays the same.",
  },
  accountExists: {
    subject: 'You already have an account',
    intro:
      'Someone – hopefully you – just tried to create a new account with this email address. There is already an account for it, so no new account was created.',
    signInHint:
      "You can sign in with your existing account. If you've forgotten your password, you can choose a new one.",
    action: 'Sign in',
    forgotPassword: 'Forgot your password?',
    notYou: "If this wasn't you, you don't need to do anything. Your account is unchanged.",
  },
  passwordChanged: {
    subject: 'Your password was changed',
    intro: "The password for your account was just changed. If this was you, there's nothing more to do.",
    warning: "If this wasn't you, reset your password right away with the button below.",
    action: 'Reset your password',
  },
  accountDeleted: {
    subject: 'Your account has been deleted',
    intro: 'Your account has been deleted, and you can no longer sign in with it.',
    records: 'We keep order records only for as long as accounting law requires.',
    thanks: "Thank you for shopping with us. You're always welcome back!",
  },
  order: {
    orderNumber: 'Order number',
    placedAt: 'Placed on',
    paymentMethod: 'Payment method',
    paymentMethods: { bank_transfer: 'Bank transfer', stripe: 'Card payment' },
    viewOrder: 'View your order',
    linesCaption: 'Your order',
    product: 'Product',
    quantity: 'Qty',
    amount: 'Amount',
    unitPrice: (price) => `${price} each`,
    sku: (sku) => `SKU ${sku}`,
    subtotal: 'Subtotal',
    discount: (code) => (code ? `Discount (code ${code})` : 'Discount'),
    shipping: (method) => `Delivery (${method})`,
    freeShipping: 'Free',
    total: 'Total',
    vatCaption: 'VAT included',
    vatRate: 'VAT rate',
    vatNet: 'Excl. VAT',
    vatAmount: 'VAT',
    vatTotal: 'Total VAT',
    deliveryAddress: 'Delivery address',
    phone: (phone) => `Phone ${phone}`,
  },
  orderConfirmation: {
    subject: (orderNumber, storeName) => `Order confirmation ${orderNumber} – ${storeName}`,
    heading: 'Thank you for your order!',
    intro: (orderNumber) => `We've received your order ${orderNumber}. Here's a summary.`,
    cardPending: "We'll confirm as soon as your card payment goes through.",
    bankTransfer: {
      heading: 'How to pay',
      intro: (dueDate) =>
        `Please pay for your order by bank transfer by ${dueDate}. We'll send your order once the payment has arrived.`,
      recipient: 'Pay to',
      iban: 'IBAN',
      bic: 'BIC',
      reference: 'Reference number',
      amount: 'Amount',
      dueDate: 'Due date',
      useReference:
        'Please enter the reference number, not a message, so that your payment is matched to your order.',
    },
  },
  paymentReceived: {
    subject: (orderNumber, storeName) => `Payment received for order ${orderNumber} – ${storeName}`,
    heading: "Thanks, we've received your payment",
    intro: (orderNumber, amount) =>
      `We've received your payment of ${amount} for order ${orderNumber}. Thank you!`,
    next: "We're now getting your order ready and will let you know when it's on its way.",
  },
  orderShipped: {
    subject: (orderNumber, storeName) => `Your order ${orderNumber} is on its way – ${storeName}`,
    heading: 'Your order is on its way',
    intro: (orderNumber) => `Good news: your order ${orderNumber} has been sent!`,
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    track: 'Track your parcel',
    trackingHint: "You can follow your parcel on the carrier's website with the tracking number.",
  },
  orderCancelled: {
    subject: (orderNumber, storeName) => `Order ${orderNumber} has been cancelled – ${storeName}`,
    heading: 'Your order has been cancelled',
    intro: (orderNumber) => `Your order ${orderNumber} has been cancelled.`,
    refund: (amount) =>
      `We'll refund ${amount} to the payment method you used. It usually shows up in your account within a few days.`,
    noCharge: "You haven't been charged anything for this order.",
  },
};

const zh: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `${firstName}，您好！` : '您好！'),
    linkFallback: '如果按钮无法使用，请将以下链接复制到浏览器中打开：',
    signOff: '祝好，',
    sentBy: (storeName) => `此邮件由 ${storeName} 自动发送。`,
    colon: '：',
  },
  verifyEmail: {
    subject: '请验证您的邮箱地址',
    intro: '感谢您注册账户！请确认此邮箱地址属于您，完成后即可开始使用账户。',
    action: '验证邮箱地址',
    expiry: '该链接 24 小时内有效。',
    ignore: '如果您没有注册账户，请忽略此邮件。',
  },
  resetPassword: {
    subject: '重置您的密码',
    intro: '我们收到了重置您账户密码的请求。请点击下方按钮设置新密码。',
    action: '设置新密码',
    expiry: '该链接 1 小时内有效。',
    ignore: '如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。',
  },
  accountExists: {
    subject: '您已有账户',
    intro: '有人（希望是您本人）刚刚尝试用此邮箱地址注册新账户。该邮箱地址已有账户，因此没有创建新账户。',
    signInHint: '您可以使用现有账户登录。如果忘记了密码，可以设置新密码。',
    action: '登录',
    forgotPassword: '忘记密码？',
    notYou: '如果这不是您本人的操作，您无需做任何事，您的账户保持不变。',
  },
  passwordChanged: {
    subject: '您的密码已更改',
    intro: '您账户的密码刚刚已更改。如果是您本人操作，则无需做任何处理。',
    warning: '如果这不是您本人的操作，请立即通过下方按钮重置密码。',
    action: '重置密码',
  },
  accountDeleted: {
    subject: '您的账户已删除',
    intro: '您的账户已删除，您将无法再使用该账户登录。',
    records: '订单记录仅在会计法规要求的期限内保存。',
    thanks: '感谢您的惠顾，欢迎随时再来！',
  },
  order: {
    orderNumber: '订单号',
    placedAt: '下单时间',
    paymentMethod: '付款方式',
    paymentMethods: { bank_transfer: '银行转账', stripe: '银行卡支付' },
    viewOrder: '查看订单',
    linesCaption: '订单明细',
    product: '商品',
    quantity: '数量',
    amount: '金额',
    unitPrice: (price) => `单价 ${price}`,
    sku: (sku) => `货号 ${sku}`,
    subtotal: '商品小计',
    discount: (code) => (code ? `优惠（优惠码 ${code}）` : '优惠'),
    shipping: (method) => `运费（${method}）`,
    freeShipping: '免运费',
    total: '合计',
    vatCaption: '价格中包含的增值税',
    vatRate: '税率',
    vatNet: '不含税金额',
    vatAmount: '增值税',
    vatTotal: '增值税合计',
    deliveryAddress: '收货地址',
    phone: (phone) => `电话：${phone}`,
  },
  orderConfirmation: {
    subject: (orderNumber, storeName) => `【${storeName}】订单确认：${orderNumber}`,
    heading: '感谢您的订购！',
    intro: (orderNumber) => `我们已收到您的订单 ${orderNumber}，以下是订单摘要。`,
    cardPending: '银行卡付款成功后，我们会立即发邮件通知您。',
    bankTransfer: {
      heading: '付款说明',
      intro: (dueDate) => `请于${dueDate}前通过银行转账付款。款项到账后，我们会尽快为您发货。`,
      recipient: '收款人',
      iban: '收款账号（IBAN）',
      bic: 'BIC',
      reference: '付款参考号',
      amount: '金额',
      dueDate: '付款截止日期',
      useReference: '转账时请填写付款参考号，不要填写附言，以便我们将款项与您的订单对应。',
    },
  },
  paymentReceived: {
    subject: (orderNumber, storeName) => `【${storeName}】已收到订单 ${orderNumber} 的付款`,
    heading: '已收到您的付款',
    intro: (orderNumber, amount) => `我们已收到您为订单 ${orderNumber} 支付的 ${amount}，谢谢！`,
    next: '我们正在为您备货，发货后会再通知您。',
  },
  orderShipped: {
    subject: (orderNumber, storeName) => `【${storeName}】您的订单 ${orderNumber} 已发货`,
    heading: '您的订单已发货',
    intro: (orderNumber) => `好消息！您的订单 ${orderNumber} 已发货。`,
    carrier: '物流公司',
    trackingNumber: '运单号',
    track: '查看物流',
    trackingHint: '您可以凭运单号在物流公司网站上查询包裹状态。',
  },
  orderCancelled: {
    subject: (orderNumber, storeName) => `【${storeName}】订单 ${orderNumber} 已取消`,
    heading: '订单已取消',
    intro: (orderNumber) => `您的订单 ${orderNumber} 已取消。`,
    refund: (amount) => `我们会将 ${amount} 原路退回到您的付款账户，通常几天内到账。`,
    noCharge: '此订单没有向您收取任何费用。',
  },
};

export const emailMessages: Record<Locale, EmailMessages> = { fi, sv, en, zh };
