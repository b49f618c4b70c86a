import type { Localized, SeedReviewText } from './types';

/**
 * Generic customer reviews that fit any product. Per locale: 2 × 1 star, 2 × 2 stars, 5 × 3 stars,
 * 12 × 4 stars and 15 × 5 stars.
 */
export const seedReviewTexts: Localized<SeedReviewText[]> = {
  fi: [
    {
      rating: 1,
      title: 'Pettymys',
      body: 'Tuote näytti aivan erilaiselta kuin kuvissa ja tuntui halvalta. Palautin sen saman tien.',
    },
    {
      rating: 1,
      title: 'Saapui rikki',
      body: 'Paketti oli ruttaantunut ja tuote sen sisällä rikki. Asiakaspalvelu hoiti hyvityksen, mutta harmittaa silti.',
    },
    {
      rating: 2,
      title: 'Toimitus kesti liian kauan',
      body: 'Paketin tulo kesti melkein kaksi viikkoa, eivätkä seurantatiedot päivittyneet välillä. Tuote itsessään on ihan ok.',
    },
    {
      rating: 2,
      title: 'Laatu ei vakuuttanut',
      body: 'Toimii, mutta viimeistely on kehno ja kulumaa näkyy jo kuukauden jälkeen. Ei oikein hintansa arvoinen.',
    },
    {
      rating: 3,
      title: 'Ajaa asiansa',
      body: 'Ei mitään erikoista, mutta tekee sen mitä pitääkin. Toimitus tuli ajallaan.',
    },
    {
      rating: 3,
      title: 'Ihan ok hintaansa nähden',
      body: 'Kohtuullinen laatu siihen nähden, mitä maksoin. Pari pientä yksityiskohtaa voisi olla paremmin.',
    },
    {
      rating: 3,
      title: 'Ristiriitaiset fiilikset',
      body: 'Ulkonäkö on kiva, mutta ohjeet olivat sekavat. Kesti hetken ennen kuin pääsin jyvälle.',
    },
    {
      rating: 3,
      title: 'Keskinkertainen',
      body: 'Ei huono mutta ei erityisen hyväkään. Täyttää perustarpeet, ei sen enempää.',
    },
    {
      rating: 3,
      title: 'Tuote ok, pakkaus turhan iso',
      body: 'Tuotteessa ei ole vikaa, mutta se tuli aivan liian isossa laatikossa, jossa oli paljon muovitäytettä.',
    },
    {
      rating: 4,
      title: 'Tosi tyytyväinen',
      body: 'Hyvä laatu ja nopea toimitus. Neljä tähteä vain siksi, että väri on hieman tummempi kuin kuvissa.',
    },
    {
      rating: 4,
      title: 'Hintansa arvoinen',
      body: 'Tukeva tuote järkevään hintaan. Ostaisin uudelleen.',
    },
    {
      rating: 4,
      title: 'Nopea toimitus',
      body: 'Tilasin maanantaina ja hain paketin automaatista keskiviikkona. Tuote vastasi kuvausta.',
    },
    {
      rating: 4,
      title: 'Lupaukset pitävät',
      body: 'Toimii hyvin arkikäytössä. Pari pientä asiaa muuttaisin, mutta kokonaisuutena oikein hyvä.',
    },
    {
      rating: 4,
      title: 'Laadukkaan tuntuinen',
      body: 'Tuntuu hyvin tehdyltä ja tukevalta. Olen tyytyväinen ostokseen.',
    },
    {
      rating: 4,
      title: 'Suosittelen',
      body: 'Juuri sitä mitä etsin. Tilaaminen oli helppoa, ja toimituksesta tuli selkeät tiedot.',
    },
    {
      rating: 4,
      title: 'Hyvä ostos',
      body: 'Vertailin useampaa vaihtoehtoa, ja tämä oli hinta-laatusuhteeltaan paras. Ei ole kaduttanut.',
    },
    {
      rating: 4,
      title: 'Positiivinen yllätys',
      body: 'Parempi kuin tähän hintaan odotin. Toimitus kesti päivän arvioitua pidempään, mutta ei se haitannut.',
    },
    {
      rating: 4,
      title: 'Varma valinta',
      body: 'Ollut päivittäisessä käytössä muutaman kuukauden ja toimii edelleen kuin uusi.',
    },
    {
      rating: 4,
      title: 'Hyvä lahja',
      body: 'Ostin lahjaksi, ja saaja ilahtui kovasti. Paketoitukin oli huolellisesti.',
    },
    {
      rating: 4,
      title: 'Toimii hyvin',
      body: 'Helppo ottaa käyttöön, ja laatu vaikuttaa hyvältä. Katsotaan, miten kestää ajan mittaan.',
    },
    {
      rating: 4,
      title: 'Hyvä, ei täydellinen',
      body: 'Kaiken kaikkiaan tosi hyvä. Käyttöohje voisi olla selkeämpi, mutta pärjäsin lopulta.',
    },
    {
      rating: 5,
      title: 'Erinomainen!',
      body: 'Juuri kuten kuvattu, ja tuli jo seuraavana päivänä. En voisi olla tyytyväisempi.',
    },
    {
      rating: 5,
      title: 'Suosittelen lämpimästi',
      body: 'Huippulaatua ja nopea toimitus. Tästä kaupasta tilaan jatkossakin.',
    },
    {
      rating: 5,
      title: 'Ihan paras',
      body: 'Käytän joka päivä, ja tuntuu edelleen uudelta. Joka sentin arvoinen.',
    },
    {
      rating: 5,
      title: 'Täydellinen',
      body: 'Kaikki sujui mutkattomasti tilauksesta toimitukseen. Tuote on loistava.',
    },
    {
      rating: 5,
      title: 'Vuoden paras ostos',
      body: 'Mietin pitkään, mutta onneksi lopulta tilasin. Todella hyvin tehty.',
    },
    {
      rating: 5,
      title: 'Viisi tähteä',
      body: 'Hieno tuote, hyvin pakattu ja nopea toimitus. Ei mitään valittamista.',
    },
    {
      rating: 5,
      title: 'Ylitti odotukset',
      body: 'Laatu on vielä parempi kuin odotin. Voin suositella.',
    },
    {
      rating: 5,
      title: 'Salamannopea toimitus',
      body: 'Tilasin illalla, ja paketti oli automaatissa jo seuraavana iltapäivänä. Tuotekin on erinomainen.',
    },
    {
      rating: 5,
      title: 'Juuri mitä tarvitsin',
      body: 'Tekee täsmälleen sen, mitä halusin, ja näyttää vielä hyvältäkin.',
    },
    {
      rating: 5,
      title: 'Loistava asiakaspalvelu',
      body: 'Kysyin yhtä asiaa ennen tilausta ja sain avuliaan vastauksen tunnin sisällä. Itse tuote on täydellinen.',
    },
    {
      rating: 5,
      title: 'Todella laadukas',
      body: 'Huomaa, että on tehty huolella. Ostaisin heti uudelleen.',
    },
    {
      rating: 5,
      title: 'Erittäin tyytyväinen',
      body: 'Kaikki oli kuten luvattiin. Selkeä viestintä ja nopea toimitus.',
    },
    {
      rating: 5,
      title: 'Rahan arvoinen',
      body: 'Ei halvin vaihtoehto, mutta laatu korvaa sen.',
    },
    {
      rating: 5,
      title: 'Tilaan uudestaan',
      body: 'Tilasin täältä jo toista kertaa, ja taas meni kaikki nappiin.',
    },
    {
      rating: 5,
      title: 'Kehuin jo kavereille',
      body: 'Tykkäsin niin paljon, että olen jo kehunut tätä kavereillekin.',
    },
  ],
  sv: [
    {
      rating: 1,
      title: 'Besviken',
      body: 'Produkten såg helt annorlunda ut än på bilderna och kändes billig. Skickade tillbaka den direkt.',
    },
    {
      rating: 1,
      title: 'Kom trasig',
      body: 'Kartongen var mosad och produkten inuti var trasig. Kundtjänst ordnade återbetalning, men jag är ändå missnöjd.',
    },
    {
      rating: 2,
      title: 'Lång leveranstid',
      body: 'Det tog nästan två veckor innan paketet kom, och spårningen uppdaterades inte under tiden. Själva produkten är okej.',
    },
    {
      rating: 2,
      title: 'Hade väntat mig bättre kvalitet',
      body: 'Fungerar, men finishen är slarvig och det syns slitage redan efter en månad. Inte riktigt värt priset.',
    },
    {
      rating: 3,
      title: 'Gör sitt jobb',
      body: 'Inget speciellt, men den gör det den ska. Leveransen kom i tid.',
    },
    {
      rating: 3,
      title: 'Okej för priset',
      body: 'Helt okej kvalitet för pengarna. Några småsaker kunde ha varit bättre.',
    },
    {
      rating: 3,
      title: 'Blandade känslor',
      body: 'Snygg design, men instruktionerna var röriga. Det tog ett tag innan jag förstod hur allt skulle göras.',
    },
    {
      rating: 3,
      title: 'Medel',
      body: 'Varken bra eller dålig. Fyller sin funktion, men inte mer än så.',
    },
    {
      rating: 3,
      title: 'Bra produkt, onödigt stor förpackning',
      body: 'Inget fel på produkten, men den kom i en alldeles för stor kartong med massor av plastfyllnad.',
    },
    {
      rating: 4,
      title: 'Mycket nöjd',
      body: 'Bra kvalitet och snabb leverans. Fyra stjärnor bara för att färgen är lite mörkare än på bilderna.',
    },
    {
      rating: 4,
      title: 'Prisvärd',
      body: 'Stabil produkt till ett rimligt pris. Skulle köpa igen.',
    },
    {
      rating: 4,
      title: 'Snabb leverans',
      body: 'Beställde på måndagen och hämtade paketet hos ombudet på onsdagen. Produkten stämmer med beskrivningen.',
    },
    {
      rating: 4,
      title: 'Håller vad den lovar',
      body: 'Fungerar bra i vardagen. Ett par småsaker skulle jag ändra på, men överlag mycket bra.',
    },
    {
      rating: 4,
      title: 'Känns gedigen',
      body: 'Känns välgjord och stadig. Nöjd med köpet.',
    },
    {
      rating: 4,
      title: 'Rekommenderas',
      body: 'Precis vad jag letade efter. Enkel beställning och tydlig information om leveransen.',
    },
    {
      rating: 4,
      title: 'Bra köp',
      body: 'Jämförde flera alternativ och det här var mest prisvärt. Har inte ångrat mig.',
    },
    {
      rating: 4,
      title: 'Positiv överraskning',
      body: 'Bättre än jag väntat mig för priset. Leveransen tog en dag längre än utlovat, men det gjorde inget.',
    },
    {
      rating: 4,
      title: 'Tryggt val',
      body: 'Har använt den dagligen i några månader och den fungerar fortfarande som ny.',
    },
    {
      rating: 4,
      title: 'Uppskattad present',
      body: 'Köpte den som present och den blev väldigt uppskattad. Fint förpackad också.',
    },
    {
      rating: 4,
      title: 'Fungerar bra',
      body: 'Lätt att komma igång och kvaliteten verkar bra. Får se hur den håller i längden.',
    },
    {
      rating: 4,
      title: 'Bra men inte perfekt',
      body: 'Mycket bra på det stora hela. Manualen kunde vara tydligare, men det löste sig till slut.',
    },
    {
      rating: 5,
      title: 'Toppen!',
      body: 'Precis som beskrivet och kom redan dagen efter. Kunde inte vara nöjdare.',
    },
    {
      rating: 5,
      title: 'Rekommenderas varmt',
      body: 'Toppkvalitet och snabb leverans. Jag kommer att handla här igen.',
    },
    {
      rating: 5,
      title: 'Älskar den',
      body: 'Använder den varje dag och den känns fortfarande som ny. Värd varenda öre.',
    },
    {
      rating: 5,
      title: 'Perfekt',
      body: 'Allt gick smidigt från beställning till leverans. Produkten är jättebra.',
    },
    {
      rating: 5,
      title: 'Årets bästa köp',
      body: 'Jag funderade länge, men är så glad att jag till slut beställde. Riktigt välgjord.',
    },
    {
      rating: 5,
      title: 'Fem stjärnor',
      body: 'Jättebra produkt, väl förpackad och snabb frakt. Inget att klaga på.',
    },
    {
      rating: 5,
      title: 'Över förväntan',
      body: 'Kvaliteten är ännu bättre än jag hade trott. Kan varmt rekommendera.',
    },
    {
      rating: 5,
      title: 'Blixtsnabb leverans',
      body: 'Beställde på kvällen och paketet låg i paketboxen redan nästa eftermiddag. Produkten är också utmärkt.',
    },
    {
      rating: 5,
      title: 'Precis vad jag behövde',
      body: 'Gör exakt det jag ville, och ser snygg ut dessutom.',
    },
    {
      rating: 5,
      title: 'Fantastisk kundservice',
      body: 'Hade en fråga innan jag beställde och fick ett hjälpsamt svar inom en timme. Produkten är perfekt.',
    },
    {
      rating: 5,
      title: 'Riktigt bra kvalitet',
      body: 'Man märker att den är gjord med omsorg. Köper gärna igen.',
    },
    {
      rating: 5,
      title: 'Väldigt nöjd',
      body: 'Allt var som utlovat. Tydlig kommunikation och snabb leverans.',
    },
    {
      rating: 5,
      title: 'Värd pengarna',
      body: 'Inte det billigaste alternativet, men kvaliteten väger upp.',
    },
    {
      rating: 5,
      title: 'Handlar gärna igen',
      body: 'Andra gången jag beställer härifrån och återigen gick allt perfekt.',
    },
    {
      rating: 5,
      title: 'Har tipsat vänner',
      body: 'Gillade den så mycket att jag redan har tipsat mina vänner om den.',
    },
  ],
  en: [
    {
      rating: 1,
      title: 'Not what I expected',
      body: 'The product looked quite different from the photos and felt cheap. Sent it back the same week.',
    },
    {
      rating: 1,
      title: 'Arrived damaged',
      body: 'The box was crushed and the item inside was broken. Customer service sorted out a refund, but I’m still disappointed.',
    },
    {
      rating: 2,
      title: 'Slow delivery',
      body: 'It took almost two weeks to arrive, and the tracking never updated in between. The product itself is okay.',
    },
    {
      rating: 2,
      title: 'Expected better quality',
      body: 'It works, but the finish is rough and it already shows wear after a month. Not really worth the price.',
    },
    {
      rating: 3,
      title: 'Does the job',
      body: 'Nothing special, but it does what it says. Delivery was on time.',
    },
    {
      rating: 3,
      title: 'Okay for the price',
      body: 'Decent quality for what I paid. A few small details could be better.',
    },
    {
      rating: 3,
      title: 'Mixed feelings',
      body: 'I like the design, but the instructions were confusing. Took me a while to figure everything out.',
    },
    {
      rating: 3,
      title: 'Average',
      body: 'Neither great nor bad. It covers the basics, nothing more.',
    },
    {
      rating: 3,
      title: 'Fine, but too much packaging',
      body: 'Nothing wrong with the product, but it came in a far too big box stuffed with plastic padding.',
    },
    {
      rating: 4,
      title: 'Very happy',
      body: 'Good quality and quick delivery. Only four stars because the colour is slightly darker than in the pictures.',
    },
    {
      rating: 4,
      title: 'Good value',
      body: 'Solid product at a fair price. Would buy again.',
    },
    {
      rating: 4,
      title: 'Quick delivery',
      body: 'Ordered on Monday and picked it up from the parcel locker on Wednesday. Exactly as described.',
    },
    {
      rating: 4,
      title: 'Does what it promises',
      body: 'Works well in everyday use. There are a couple of small things I’d change, but overall it’s very good.',
    },
    {
      rating: 4,
      title: 'Nice quality',
      body: 'Feels well made and sturdy. Happy with the purchase.',
    },
    {
      rating: 4,
      title: 'Recommended',
      body: 'Just what I was looking for. Easy ordering and clear delivery updates.',
    },
    {
      rating: 4,
      title: 'Good buy',
      body: 'I compared several options and this one was the best for the money. No regrets so far.',
    },
    {
      rating: 4,
      title: 'Pleasant surprise',
      body: 'Better than I expected at this price. Delivery took a day longer than estimated, but no big deal.',
    },
    {
      rating: 4,
      title: 'Solid choice',
      body: 'I’ve used it every day for a few months now and it still works like new.',
    },
    {
      rating: 4,
      title: 'Great gift',
      body: 'Bought this as a present and it went down really well. Nicely packed too.',
    },
    {
      rating: 4,
      title: 'Works well',
      body: 'Easy to get started with, and the quality seems good. We’ll see how it holds up over time.',
    },
    {
      rating: 4,
      title: 'Good, not perfect',
      body: 'Very good overall. The manual could be clearer, but I got there in the end.',
    },
    {
      rating: 5,
      title: 'Excellent!',
      body: 'Exactly as described and arrived the next day. Couldn’t be happier.',
    },
    {
      rating: 5,
      title: 'Highly recommend',
      body: 'Top quality and fast delivery. This shop is my first stop from now on.',
    },
    {
      rating: 5,
      title: 'Love it',
      body: 'I use it every day and it still feels like new. Worth every cent.',
    },
    {
      rating: 5,
      title: 'Perfect',
      body: 'Everything went smoothly from ordering to delivery. The product is great.',
    },
    {
      rating: 5,
      title: 'Best purchase this year',
      body: 'I hesitated for ages, but I’m so glad I finally ordered. Really well made.',
    },
    {
      rating: 5,
      title: 'Five stars',
      body: 'Great product, well packed and quick shipping. Nothing to complain about.',
    },
    {
      rating: 5,
      title: 'Exceeded expectations',
      body: 'The quality is even better than I expected. Highly recommended.',
    },
    {
      rating: 5,
      title: 'Super fast delivery',
      body: 'Ordered in the evening and it was in the parcel locker the next afternoon. The product is excellent too.',
    },
    {
      rating: 5,
      title: 'Just what I needed',
      body: 'Does exactly what I wanted, and it looks great as well.',
    },
    {
      rating: 5,
      title: 'Great customer service',
      body: 'I had a question before ordering and got a helpful reply within an hour. The product itself is perfect.',
    },
    {
      rating: 5,
      title: 'Brilliant quality',
      body: 'You can tell it’s made with care. I’d happily buy it again.',
    },
    {
      rating: 5,
      title: 'Very satisfied',
      body: 'Everything was as promised. Clear communication and quick delivery.',
    },
    {
      rating: 5,
      title: 'Worth the money',
      body: 'Not the cheapest option, but the quality makes up for it.',
    },
    {
      rating: 5,
      title: 'Would order again',
      body: 'Second time ordering from here, and once again everything went perfectly.',
    },
    {
      rating: 5,
      title: 'Already told my friends',
      body: 'I liked it so much that I’ve already recommended it to my friends.',
    },
  ],
  zh: [
    {
      rating: 1,
      title: '与图片不符',
      body: '实物和图片差别很大，做工也很廉价，当周就退货了。',
    },
    {
      rating: 1,
      title: '收到时已损坏',
      body: '外箱被压扁了，里面的东西也坏了。客服虽然给退了款，但还是很失望。',
    },
    {
      rating: 2,
      title: '物流太慢',
      body: '等了将近两周才到货，中间物流信息一直没更新。东西本身还行。',
    },
    {
      rating: 2,
      title: '质量一般',
      body: '能用，但做工粗糙，用了一个月就有磨损了，感觉不太值这个价。',
    },
    {
      rating: 3,
      title: '中规中矩',
      body: '没什么特别的，但该有的功能都有。送货准时。',
    },
    {
      rating: 3,
      title: '这个价格还可以',
      body: '按这个价位来说质量还算可以，有几个小细节还能做得更好。',
    },
    {
      rating: 3,
      title: '有好有坏',
      body: '外观挺喜欢的，就是说明书写得有点乱，摸索了好一会儿。',
    },
    {
      rating: 3,
      title: '一般般',
      body: '不算好也不算差，基本需求能满足，仅此而已。',
    },
    {
      rating: 3,
      title: '东西不错，包装太大',
      body: '商品本身没问题，就是包装箱太大了，里面塞了很多塑料填充物。',
    },
    {
      rating: 4,
      title: '挺满意的',
      body: '质量好，发货也快。扣一星是因为颜色比图片上深一点。',
    },
    {
      rating: 4,
      title: '性价比不错',
      body: '东西扎实，价格合理，会回购。',
    },
    {
      rating: 4,
      title: '送货很快',
      body: '周一下的单，周三就去快递柜取件了，和描述一致。',
    },
    {
      rating: 4,
      title: '名副其实',
      body: '日常用起来很顺手，有一两处小地方还可以改进，总体很好。',
    },
    {
      rating: 4,
      title: '做工不错',
      body: '手感扎实，做工精细，这次购物很满意。',
    },
    {
      rating: 4,
      title: '推荐购买',
      body: '正是我想要的。下单方便，物流信息也很清楚。',
    },
    {
      rating: 4,
      title: '买得值',
      body: '对比了好几款，这款性价比最高，目前没有后悔。',
    },
    {
      rating: 4,
      title: '小惊喜',
      body: '这个价位能有这样的品质，比预期的好。送货比预计晚了一天，不过问题不大。',
    },
    {
      rating: 4,
      title: '放心之选',
      body: '每天都在用，已经用了几个月，仍然像新的一样。',
    },
    {
      rating: 4,
      title: '送礼很合适',
      body: '买来送人的，对方很喜欢，包装也很用心。',
    },
    {
      rating: 4,
      title: '好用',
      body: '上手很简单，质量看起来不错，耐不耐用还要再看看。',
    },
    {
      rating: 4,
      title: '很好，但不完美',
      body: '整体非常好。说明书可以再清楚一点，不过最后还是弄明白了。',
    },
    {
      rating: 5,
      title: '非常棒！',
      body: '和描述完全一致，第二天就到了，非常满意。',
    },
    {
      rating: 5,
      title: '强烈推荐',
      body: '质量一流，发货迅速，以后就认准这家店了。',
    },
    {
      rating: 5,
      title: '爱不释手',
      body: '每天都在用，感觉还跟新的一样，物超所值。',
    },
    {
      rating: 5,
      title: '完美',
      body: '从下单到收货一切顺利，东西很好。',
    },
    {
      rating: 5,
      title: '今年买得最值的东西',
      body: '犹豫了很久，终于下单了，真庆幸。做工非常好。',
    },
    {
      rating: 5,
      title: '五星好评',
      body: '东西很好，包装严实，发货也快，没有任何可挑剔的。',
    },
    {
      rating: 5,
      title: '超出预期',
      body: '质量比我想象的还要好，推荐！',
    },
    {
      rating: 5,
      title: '物流超快',
      body: '晚上下的单，第二天下午就到快递柜了，东西也很棒。',
    },
    {
      rating: 5,
      title: '正是我需要的',
      body: '完全符合我的需求，而且颜值也很高。',
    },
    {
      rating: 5,
      title: '客服很赞',
      body: '下单前咨询了一个问题，不到一小时就得到了耐心的答复。商品本身也很完美。',
    },
    {
      rating: 5,
      title: '品质很好',
      body: '看得出做工很用心，还会再买。',
    },
    {
      rating: 5,
      title: '非常满意',
      body: '一切都和承诺的一样，沟通顺畅，送货及时。',
    },
    {
      rating: 5,
      title: '钱花得值',
      body: '虽然不是最便宜的，但品质对得起这个价格。',
    },
    {
      rating: 5,
      title: '会回购',
      body: '第二次在这家买了，这次依然一切顺利。',
    },
    {
      rating: 5,
      title: '已推荐给朋友',
      body: '太喜欢了，已经推荐给身边的朋友了。',
    },
  ],
};
