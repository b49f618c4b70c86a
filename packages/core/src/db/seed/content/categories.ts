import type { SeedCategory } from './types';

/** The demo store’s category tree: 8 departments, each followed by its sub-categories. */
export const seedCategories: SeedCategory[] = [
  {
    key: 'electronics',
    parentKey: null,
    department: 'electronics',
    text: {
      fi: {
        name: 'Elektroniikka',
        slug: 'elektroniikka',
        description: 'Tietokoneet, puhelimet, kuulokkeet, kamerat ja pelikonsolit samasta paikasta.',
      },
      sv: {
        name: 'Elektronik',
        slug: 'elektronik',
        description: 'Datorer, mobiler, hörlurar, kameror och spelkonsoler på ett och samma ställe.',
      },
      en: {
        name: 'Electronics',
        slug: 'electronics',
        description: 'Computers, phones, headphones, cameras and game consoles, all in one place.',
      },
      zh: {
        name: '电子产品',
        slug: 'dianzi-chanpin',
        description: '电脑、手机、耳机、相机和游戏机，一站购齐。',
      },
    },
  },
  {
    key: 'computers-laptops',
    parentKey: 'electronics',
    department: 'electronics',
    text: {
      fi: {
        name: 'Tietokoneet ja kannettavat',
        slug: 'tietokoneet-ja-kannettavat',
        description: 'Kannettavat tietokoneet ja oheislaitteet työhön, opiskeluun ja luovaan tekemiseen.',
      },
      sv: {
        name: 'Datorer och laptops',
        slug: 'datorer-och-laptops',
        description: 'Bärbara datorer och tillbehör för jobb, studier och kreativt skapande.',
      },
      en: {
        name: 'Computers & Laptops',
        slug: 'computers-laptops',
        description: 'Laptops and accessories for work, study and creative projects.',
      },
      zh: {
        name: '电脑与笔记本',
        slug: 'diannao-bijiben',
        description: '适合工作、学习和创意创作的笔记本电脑及配件。',
      },
    },
  },
  {
    key: 'smartphones',
    parentKey: 'electronics',
    department: 'electronics',
    text: {
      fi: {
        name: 'Älypuhelimet',
        slug: 'alypuhelimet',
        description:
          'Uusimmat älypuhelimet johtavilta valmistajilta. Valitse sopiva tallennustila omiin tarpeisiisi.',
      },
      sv: {
        name: 'Mobiltelefoner',
        slug: 'mobiltelefoner',
        description:
          'De senaste smartphonesen från de stora tillverkarna. Välj den lagringsstorlek som passar dig.',
      },
      en: {
        name: 'Smartphones',
        slug: 'smartphones',
        description:
          'The latest smartphones from the leading makers. Choose the storage size that suits you.',
      },
      zh: {
        name: '智能手机',
        slug: 'zhineng-shouji',
        description: '主流品牌的最新智能手机，可按需选择存储容量。',
      },
    },
  },
  {
    key: 'audio-headphones',
    parentKey: 'electronics',
    department: 'electronics',
    text: {
      fi: {
        name: 'Äänentoisto ja kuulokkeet',
        slug: 'aanentoisto-ja-kuulokkeet',
        description: 'Langattomat kuulokkeet ja nappikuulokkeet vastamelutoiminnolla.',
      },
      sv: {
        name: 'Ljud och hörlurar',
        slug: 'ljud-och-horlurar',
        description: 'Trådlösa hörlurar och in-ear-lurar med aktiv brusreducering.',
      },
      en: {
        name: 'Audio & Headphones',
        slug: 'audio-headphones',
        description: 'Wireless over-ear headphones and earbuds with active noise cancellation.',
      },
      zh: {
        name: '音频与耳机',
        slug: 'yinpin-erji',
        description: '带主动降噪功能的无线头戴式耳机和入耳式耳机。',
      },
    },
  },
  {
    key: 'cameras-photography',
    parentKey: 'electronics',
    department: 'electronics',
    text: {
      fi: {
        name: 'Kamerat ja valokuvaus',
        slug: 'kamerat-ja-valokuvaus',
        description: 'Täyskennoiset järjestelmäkamerat harrastajille ja ammattilaisille.',
      },
      sv: {
        name: 'Kameror och foto',
        slug: 'kameror-och-foto',
        description: 'Fullformatskameror för både entusiaster och proffs.',
      },
      en: {
        name: 'Cameras & Photography',
        slug: 'cameras-photography',
        description: 'Full-frame mirrorless cameras for enthusiasts and professionals.',
      },
      zh: {
        name: '相机与摄影',
        slug: 'xiangji-sheying',
        description: '面向摄影爱好者和专业人士的全画幅无反相机。',
      },
    },
  },
  {
    key: 'gaming',
    parentKey: 'electronics',
    department: 'electronics',
    text: {
      fi: {
        name: 'Pelaaminen',
        slug: 'pelaaminen',
        description: 'Pelikonsolit olohuoneeseen ja matkalle.',
      },
      sv: {
        name: 'Gaming',
        slug: 'gaming',
        description: 'Spelkonsoler för vardagsrummet och för resan.',
      },
      en: {
        name: 'Gaming',
        slug: 'gaming',
        description: 'Game consoles for the living room and for on the go.',
      },
      zh: {
        name: '电子游戏',
        slug: 'dianzi-youxi',
        description: '适合客厅和外出携带的游戏主机。',
      },
    },
  },
  {
    key: 'home-garden',
    parentKey: null,
    department: 'home-garden',
    text: {
      fi: {
        name: 'Koti ja puutarha',
        slug: 'koti-ja-puutarha',
        description:
          'Huonekalut, keittiötarvikkeet ja valaisimet, joilla kodista tulee toimiva ja viihtyisä.',
      },
      sv: {
        name: 'Hem och trädgård',
        slug: 'hem-och-tradgard',
        description: 'Möbler, köksredskap och belysning som gör hemmet både praktiskt och trivsamt.',
      },
      en: {
        name: 'Home & Garden',
        slug: 'home-garden',
        description: 'Furniture, kitchenware and lighting that make a home practical and comfortable.',
      },
      zh: {
        name: '家居与园艺',
        slug: 'jiaju-yuanyi',
        description: '家具、厨房用品和灯具，让家更实用、更舒适。',
      },
    },
  },
  {
    key: 'furniture',
    parentKey: 'home-garden',
    department: 'home-garden',
    text: {
      fi: {
        name: 'Huonekalut',
        slug: 'huonekalut',
        description: 'Sohvat, työtuolit ja sähköpöydät olohuoneeseen ja kotitoimistoon.',
      },
      sv: {
        name: 'Möbler',
        slug: 'mobler',
        description:
          'Soffor, kontorsstolar och höj- och sänkbara skrivbord för vardagsrummet och hemmakontoret.',
      },
      en: {
        name: 'Furniture',
        slug: 'furniture',
        description: 'Sofas, office chairs and standing desks for the living room and the home office.',
      },
      zh: {
        name: '家具',
        slug: 'jiaju',
        description: '适合客厅和家庭办公室的沙发、办公椅和升降桌。',
      },
    },
  },
  {
    key: 'kitchen-dining',
    parentKey: 'home-garden',
    department: 'home-garden',
    text: {
      fi: {
        name: 'Keittiö ja ruokailu',
        slug: 'keittio-ja-ruokailu',
        description: 'Kestäviä keittiövälineitä ja laitteita, joilla arjen ruoanlaitto sujuu.',
      },
      sv: {
        name: 'Kök och matlagning',
        slug: 'kok-och-matlagning',
        description: 'Slitstarka köksredskap och apparater som gör vardagsmatlagningen enklare.',
      },
      en: {
        name: 'Kitchen & Dining',
        slug: 'kitchen-dining',
        description: 'Durable cookware and appliances that make everyday cooking easier.',
      },
      zh: {
        name: '厨房与餐厅',
        slug: 'chufang-canting',
        description: '经久耐用的厨具和小家电，让日常烹饪更轻松。',
      },
    },
  },
  {
    key: 'lighting',
    parentKey: 'home-garden',
    department: 'home-garden',
    text: {
      fi: {
        name: 'Valaistus',
        slug: 'valaistus',
        description: 'Lattia- ja pöytävalaisimia, jotka tuovat valoa pimeisiin iltoihin.',
      },
      sv: {
        name: 'Belysning',
        slug: 'belysning',
        description: 'Golv- och bordslampor som lyser upp de mörka kvällarna.',
      },
      en: {
        name: 'Lighting',
        slug: 'lighting',
        description: 'Floor and desk lamps to brighten up the dark evenings.',
      },
      zh: {
        name: '照明',
        slug: 'zhaoming',
        description: '落地灯和台灯，为漫长的夜晚带来光亮。',
      },
    },
  },
  {
    key: 'clothing',
    parentKey: null,
    department: 'clothing',
    text: {
      fi: {
        name: 'Vaatteet ja muoti',
        slug: 'vaatteet-ja-muoti',
        description: 'Laadukkaita vaatteita ja kenkiä arkeen, työhön ja pohjoisen talveen.',
      },
      sv: {
        name: 'Kläder och mode',
        slug: 'klader-och-mode',
        description: 'Kvalitetskläder och skor för vardagen, jobbet och den nordiska vintern.',
      },
      en: {
        name: 'Clothing & Fashion',
        slug: 'clothing-fashion',
        description: 'Well-made clothes and shoes for everyday life, work and the Nordic winter.',
      },
      zh: {
        name: '服装与时尚',
        slug: 'fuzhuang-shishang',
        description: '适合日常、通勤和北欧冬季的优质服装与鞋履。',
      },
    },
  },
  {
    key: 'mens-clothing',
    parentKey: 'clothing',
    department: 'clothing',
    text: {
      fi: {
        name: 'Miesten vaatteet',
        slug: 'miesten-vaatteet',
        description: 'Neuleet ja housut miehille. Ajattomia perusvaatteita, jotka kestävät käyttöä.',
      },
      sv: {
        name: 'Herrkläder',
        slug: 'herrklader',
        description: 'Tröjor och byxor för herr. Tidlösa basplagg som håller länge.',
      },
      en: {
        name: 'Men’s Clothing',
        slug: 'mens-clothing',
        description: 'Knitwear and trousers for men. Timeless basics built to last.',
      },
      zh: {
        name: '男装',
        slug: 'nanzhuang',
        description: '男士针织衫和长裤，经典耐穿的基础款。',
      },
    },
  },
  {
    key: 'womens-clothing',
    parentKey: 'clothing',
    department: 'clothing',
    text: {
      fi: {
        name: 'Naisten vaatteet',
        slug: 'naisten-vaatteet',
        description: 'Naisten takit talveen ja liikuntaan.',
      },
      sv: {
        name: 'Damkläder',
        slug: 'damklader',
        description: 'Jackor för dam, för både vinter och träning.',
      },
      en: {
        name: 'Women’s Clothing',
        slug: 'womens-clothing',
        description: 'Women’s jackets for winter and for training.',
      },
      zh: {
        name: '女装',
        slug: 'nvzhuang',
        description: '适合冬季保暖和运动穿着的女士外套。',
      },
    },
  },
  {
    key: 'shoes-footwear',
    parentKey: 'clothing',
    department: 'clothing',
    text: {
      fi: {
        name: 'Kengät',
        slug: 'kengat',
        description: 'Juoksukengät ja nahkaiset nilkkurit. Löydä oma kokosi valikoimasta.',
      },
      sv: {
        name: 'Skor',
        slug: 'skor',
        description: 'Löparskor och kängor i läder. Hitta din storlek i sortimentet.',
      },
      en: {
        name: 'Shoes & Footwear',
        slug: 'shoes-footwear',
        description: 'Running shoes and leather boots. Find your size in the range.',
      },
      zh: {
        name: '鞋靴',
        slug: 'xiexue',
        description: '跑鞋和皮靴，多种尺码可选。',
      },
    },
  },
  {
    key: 'sports',
    parentKey: null,
    department: 'sports',
    text: {
      fi: {
        name: 'Urheilu ja ulkoilu',
        slug: 'urheilu-ja-ulkoilu',
        description: 'Välineet kotitreeniin, lenkille ja retkelle luontoon.',
      },
      sv: {
        name: 'Sport och friluftsliv',
        slug: 'sport-och-friluftsliv',
        description: 'Utrustning för träning hemma, löprundan och turer ut i naturen.',
      },
      en: {
        name: 'Sports & Outdoors',
        slug: 'sports-outdoors',
        description: 'Gear for home workouts, your daily run and trips into the wild.',
      },
      zh: {
        name: '运动与户外',
        slug: 'yundong-huwai',
        description: '居家健身、日常跑步和户外出行所需的装备。',
      },
    },
  },
  {
    key: 'fitness-equipment',
    parentKey: 'sports',
    department: 'sports',
    text: {
      fi: {
        name: 'Kuntoiluvälineet',
        slug: 'kuntoiluvalineet',
        description: 'Käsipainot ja joogamatot kotitreeniin.',
      },
      sv: {
        name: 'Träningsutrustning',
        slug: 'traningsutrustning',
        description: 'Hantlar och yogamattor för träning hemma.',
      },
      en: {
        name: 'Fitness Equipment',
        slug: 'fitness-equipment',
        description: 'Dumbbells and yoga mats for working out at home.',
      },
      zh: {
        name: '健身器材',
        slug: 'jianshen-qicai',
        description: '适合居家锻炼的哑铃和瑜伽垫。',
      },
    },
  },
  {
    key: 'outdoor-gear',
    parentKey: 'sports',
    department: 'sports',
    text: {
      fi: {
        name: 'Retkeilyvarusteet',
        slug: 'retkeilyvarusteet',
        description: 'Teltat ja rinkat päiväretkille ja pidemmille vaelluksille.',
      },
      sv: {
        name: 'Friluftsutrustning',
        slug: 'friluftsutrustning',
        description: 'Tält och ryggsäckar för dagsturer och längre vandringar.',
      },
      en: {
        name: 'Outdoor Gear',
        slug: 'outdoor-gear',
        description: 'Tents and backpacks for day trips and longer hikes.',
      },
      zh: {
        name: '户外装备',
        slug: 'huwai-zhuangbei',
        description: '适合一日游和长途徒步的帐篷与背包。',
      },
    },
  },
  {
    key: 'books',
    parentKey: null,
    department: 'books',
    text: {
      fi: {
        name: 'Kirjat ja media',
        slug: 'kirjat-ja-media',
        description: 'Romaaneja, tietokirjoja ja ammattikirjallisuutta lukuhetkiin ja oppimiseen.',
      },
      sv: {
        name: 'Böcker och media',
        slug: 'bocker-och-media',
        description: 'Romaner, facklitteratur och tekniska böcker för både nöje och lärande.',
      },
      en: {
        name: 'Books & Media',
        slug: 'books-media',
        description: 'Novels, non-fiction and technical books for reading for pleasure and for learning.',
      },
      zh: {
        name: '图书与影音',
        slug: 'tushu-yingyin',
        description: '小说、非虚构作品和技术书籍，兼顾阅读乐趣与学习。',
      },
    },
  },
  {
    key: 'fiction',
    parentKey: 'books',
    department: 'books',
    text: {
      fi: {
        name: 'Kaunokirjallisuus',
        slug: 'kaunokirjallisuus',
        description: 'Tieteiskirjallisuuden klassikoita ja jännittäviä dekkareita kirjapaketteina.',
      },
      sv: {
        name: 'Skönlitteratur',
        slug: 'skonlitteratur',
        description: 'Klassisk science fiction och spännande deckare i boxar.',
      },
      en: {
        name: 'Fiction',
        slug: 'fiction',
        description: 'Science fiction classics and gripping mysteries in boxed sets.',
      },
      zh: {
        name: '小说',
        slug: 'xiaoshuo',
        description: '经典科幻与悬疑推理小说套装。',
      },
    },
  },
  {
    key: 'non-fiction-tech',
    parentKey: 'books',
    department: 'books',
    text: {
      fi: {
        name: 'Tietokirjat ja tekniikka',
        slug: 'tietokirjat-ja-tekniikka',
        description: 'Ohjelmoinnin ja data-analytiikan kirjoja aloittelijoille ja kokeneille.',
      },
      sv: {
        name: 'Facklitteratur och teknik',
        slug: 'facklitteratur-och-teknik',
        description: 'Böcker om programmering och dataanalys för både nybörjare och erfarna.',
      },
      en: {
        name: 'Non-Fiction & Tech',
        slug: 'non-fiction-tech',
        description: 'Books on programming and data analysis for beginners and experienced readers alike.',
      },
      zh: {
        name: '科技与非虚构',
        slug: 'keji-feixugou',
        description: '编程与数据分析类书籍，适合初学者和有经验的读者。',
      },
    },
  },
  {
    key: 'health-beauty',
    parentKey: null,
    department: 'health-beauty',
    text: {
      fi: {
        name: 'Terveys ja kauneus',
        slug: 'terveys-ja-kauneus',
        description: 'Ihonhoitotuotteita päivittäiseen rutiiniin.',
      },
      sv: {
        name: 'Hälsa och skönhet',
        slug: 'halsa-och-skonhet',
        description: 'Hudvårdsprodukter för den dagliga rutinen.',
      },
      en: {
        name: 'Health & Beauty',
        slug: 'health-beauty',
        description: 'Skincare products for your daily routine.',
      },
      zh: {
        name: '健康与美容',
        slug: 'jiankang-meirong',
        description: '满足日常护理所需的护肤产品。',
      },
    },
  },
  {
    key: 'skincare',
    parentKey: 'health-beauty',
    department: 'health-beauty',
    text: {
      fi: {
        name: 'Ihonhoito',
        slug: 'ihonhoito',
        description: 'Seerumit ja päivävoiteet kasvojen päivittäiseen hoitoon.',
      },
      sv: {
        name: 'Hudvård',
        slug: 'hudvard',
        description: 'Serum och dagkrämer för ansiktets dagliga vård.',
      },
      en: {
        name: 'Skincare',
        slug: 'skincare',
        description: 'Serums and day creams for daily facial care.',
      },
      zh: {
        name: '护肤',
        slug: 'hufu',
        description: '日常面部护理所需的精华和日霜。',
      },
    },
  },
  {
    key: 'toys',
    parentKey: null,
    department: 'toys',
    text: {
      fi: {
        name: 'Lelut ja pelit',
        slug: 'lelut-ja-pelit',
        description: 'Rakennussarjoja ja lautapelejä koko perheelle. Hyvä lahjaidea kaikenikäisille.',
      },
      sv: {
        name: 'Leksaker och spel',
        slug: 'leksaker-och-spel',
        description: 'Byggsatser och brädspel för hela familjen. En bra present till alla åldrar.',
      },
      en: {
        name: 'Toys & Games',
        slug: 'toys-games',
        description: 'Building sets and board games for the whole family. A good gift for any age.',
      },
      zh: {
        name: '玩具与游戏',
        slug: 'wanju-youxi',
        description: '适合全家人的拼搭玩具和桌游，也是送给各年龄段的好礼物。',
      },
    },
  },
  {
    key: 'automotive',
    parentKey: null,
    department: 'automotive',
    text: {
      fi: {
        name: 'Autotarvikkeet',
        slug: 'autotarvikkeet',
        description: 'Kätevät lisävarusteet autoiluun, kuten autokamerat ja käsi-imurit.',
      },
      sv: {
        name: 'Biltillbehör',
        slug: 'biltillbehor',
        description: 'Praktiska tillbehör för bilen, till exempel bilkameror och handdammsugare.',
      },
      en: {
        name: 'Automotive',
        slug: 'automotive',
        description: 'Handy accessories for your car, such as dash cams and handheld vacuums.',
      },
      zh: {
        name: '汽车用品',
        slug: 'qiche-yongpin',
        description: '实用的车载配件，例如行车记录仪和车载吸尘器。',
      },
    },
  },
];
