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
}

const fi: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `Hei ${firstName}!` : 'Hei!'),
    linkFallback: 'Jos painike ei toimi, kopioi tämä osoite selaimesi osoiteriville:',
    signOff: 'Ystävällisin terveisin',
    sentBy: (storeName) => `${storeName} lähetti tämän viestin automaattisesti.`,
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
};

const sv: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `Hej ${firstName}!` : 'Hej!'),
    linkFallback: 'Om knappen inte fungerar kan du kopiera den här adressen till webbläsaren:',
    signOff: 'Vänliga hälsningar',
    sentBy: (storeName) => `Det här mejlet skickades automatiskt av ${storeName}.`,
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
};

const en: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `Hi ${firstName},` : 'Hi,'),
    linkFallback: "If the button doesn't work, copy this address into your browser:",
    signOff: 'Best wishes,',
    sentBy: (storeName) => `This email was sent automatically by ${storeName}.`,
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
};

const zh: EmailMessages = {
  common: {
    greeting: (firstName) => (firstName ? `${firstName}，您好！` : '您好！'),
    linkFallback: '如果按钮无法使用，请将以下链接复制到浏览器中打开：',
    signOff: '祝好，',
    sentBy: (storeName) => `此邮件由 ${storeName} 自动发送。`,
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
};

export const emailMessages: Record<Locale, EmailMessages> = { fi, sv, en, zh };
