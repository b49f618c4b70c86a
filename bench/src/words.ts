/**
 * Word lists for the generated benchmark catalogue, in the shop's four languages. Names are built as
 * adjective + noun ("Kevyt retkeilytakki", "Lätt vandringsjacka", "Light hiking jacket", "轻便徒步夹克"),
 * so text search meets real, stemmable words in every language rather than random strings.
 */

/** Chinese has no Latin letters for a slug: each Chinese word carries its pinyin for that. */
export interface Adjective {
  fi: string;
  /** Swedish adjectives agree with the noun: common gender (en-words) and neuter (ett-words). */
  sv: string;
  svNeuter: string;
  en: string;
  zh: string;
  zhSlug: string;
}

export interface Noun {
  fi: string;
  sv: string;
  svNeuter: boolean;
  en: string;
  zh: string;
  zhSlug: string;
}

export interface CategoryName {
  fi: string;
  sv: string;
  en: string;
  zh: string;
  zhSlug: string;
}

export interface SubCategory {
  name: CategoryName;
  nouns: readonly Noun[];
  /** Books carry a reduced VAT rate; everything else is standard. */
  taxClass: 'standard' | 'books';
}

export interface Department {
  name: CategoryName;
  children: readonly SubCategory[];
}

function adjective(
  fi: string,
  sv: string,
  svNeuter: string,
  en: string,
  zh: string,
  zhSlug: string,
): Adjective {
  return { fi, sv, svNeuter, en, zh, zhSlug };
}

function noun(fi: string, sv: string, en: string, zh: string, zhSlug: string, svNeuter = false): Noun {
  return { fi, sv, svNeuter, en, zh, zhSlug };
}

function name(fi: string, sv: string, en: string, zh: string, zhSlug: string): CategoryName {
  return { fi, sv, en, zh, zhSlug };
}

function sub(
  categoryName: CategoryName,
  nouns: Noun[],
  taxClass: SubCategory['taxClass'] = 'standard',
): SubCategory {
  return { name: categoryName, nouns, taxClass };
}

/**
 * The first adjective is the benchmark's search word: with twelve adjectives it names about one
 * product in twelve and appears in more descriptions, so a search returns many hits.
 */
export const adjectives: readonly Adjective[] = [
  adjective('kevyt', 'lätt', 'lätt', 'light', '轻便', 'qingbian'),
  adjective('kestävä', 'hållbar', 'hållbart', 'durable', '耐用', 'naiyong'),
  adjective('moderni', 'modern', 'modernt', 'modern', '现代', 'xiandai'),
  adjective('klassinen', 'klassisk', 'klassiskt', 'classic', '经典', 'jingdian'),
  adjective('pehmeä', 'mjuk', 'mjukt', 'soft', '柔软', 'rouruan'),
  adjective('vahva', 'stark', 'starkt', 'strong', '结实', 'jieshi'),
  adjective('kompakti', 'kompakt', 'kompakt', 'compact', '小巧', 'xiaoqiao'),
  adjective('tyylikäs', 'stilig', 'stiligt', 'stylish', '时尚', 'shishang'),
  adjective('lämmin', 'varm', 'varmt', 'warm', '保暖', 'baonuan'),
  adjective('ekologinen', 'ekologisk', 'ekologiskt', 'ecological', '环保', 'huanbao'),
  adjective('käytännöllinen', 'praktisk', 'praktiskt', 'practical', '实用', 'shiyong'),
  adjective('uusi', 'ny', 'nytt', 'new', '新款', 'xinkuan'),
];

/** 8 departments with 3 sub-categories each; products go into the sub-categories. */
export const departments: readonly Department[] = [
  {
    name: name('Ulkoilu', 'Friluftsliv', 'Outdoor', '户外', 'huwai'),
    children: [
      sub(name('Takit', 'Jackor', 'Jackets', '夹克', 'jiake'), [
        noun('retkeilytakki', 'vandringsjacka', 'hiking jacket', '徒步夹克', 'tubu-jiake'),
        noun('sadetakki', 'regnjacka', 'rain jacket', '雨衣', 'yuyi'),
      ]),
      sub(name('Teltat', 'Tält', 'Tents', '帐篷', 'zhangpeng'), [
        noun('teltta', 'tält', 'tent', '帐篷', 'zhangpeng', true),
        noun('makuupussi', 'sovsäck', 'sleeping bag', '睡袋', 'shuidai'),
      ]),
      sub(name('Reput', 'Ryggsäckar', 'Backpacks', '背包', 'beibao'), [
        noun('reppu', 'ryggsäck', 'backpack', '背包', 'beibao'),
        noun('vyölaukku', 'midjeväska', 'waist bag', '腰包', 'yaobao'),
      ]),
    ],
  },
  {
    name: name('Keittiö', 'Kök', 'Kitchen', '厨房', 'chufang'),
    children: [
      sub(name('Kahvi ja tee', 'Kaffe och te', 'Coffee and tea', '咖啡和茶', 'kafei-he-cha'), [
        noun('kahvinkeitin', 'kaffebryggare', 'coffee maker', '咖啡机', 'kafeiji'),
        noun('vedenkeitin', 'vattenkokare', 'kettle', '电水壶', 'dianshuihu'),
      ]),
      sub(name('Keittoastiat', 'Kokkärl', 'Cookware', '锅具', 'guoju'), [
        noun('paistinpannu', 'stekpanna', 'frying pan', '煎锅', 'jianguo'),
        noun('kattila', 'kastrull', 'saucepan', '汤锅', 'tangguo'),
      ]),
      sub(name('Veitset', 'Knivar', 'Knives', '刀具', 'daoju'), [
        noun('kokkiveitsi', 'kockkniv', 'chef knife', '厨师刀', 'chushidao'),
        noun('leikkuulauta', 'skärbräda', 'cutting board', '砧板', 'zhenban'),
      ]),
    ],
  },
  {
    name: name('Koti', 'Hem', 'Home', '家居', 'jiaju'),
    children: [
      sub(name('Valaisimet', 'Belysning', 'Lighting', '灯具', 'dengju'), [
        noun('pöytävalaisin', 'bordslampa', 'table lamp', '台灯', 'taideng'),
        noun('lattiavalaisin', 'golvlampa', 'floor lamp', '落地灯', 'luodideng'),
      ]),
      sub(name('Tekstiilit', 'Textilier', 'Textiles', '纺织品', 'fangzhipin'), [
        noun('torkkupeitto', 'pläd', 'throw blanket', '毛毯', 'maotan'),
        noun('tyyny', 'kudde', 'cushion', '靠垫', 'kaodian'),
      ]),
      sub(name('Säilytys', 'Förvaring', 'Storage', '收纳', 'shouna'), [
        noun('säilytyslaatikko', 'förvaringslåda', 'storage box', '收纳盒', 'shounahe'),
        noun('hylly', 'hylla', 'shelf', '置物架', 'zhiwujia'),
      ]),
    ],
  },
  {
    name: name('Elektroniikka', 'Elektronik', 'Electronics', '电子产品', 'dianzi-chanpin'),
    children: [
      sub(name('Äänentoisto', 'Ljud', 'Audio', '音频', 'yinpin'), [
        noun('kaiutin', 'högtalare', 'speaker', '音箱', 'yinxiang'),
        noun('radio', 'radio', 'radio', '收音机', 'shouyinji'),
      ]),
      sub(name('Tietokoneet', 'Datorer', 'Computers', '电脑', 'diannao'), [
        noun('kannettava tietokone', 'bärbar dator', 'laptop', '笔记本电脑', 'bijiben-diannao'),
        noun('näppäimistö', 'tangentbord', 'keyboard', '键盘', 'jianpan', true),
      ]),
      sub(name('Latauslaitteet', 'Laddare', 'Chargers', '充电器', 'chongdianqi'), [
        noun('laturi', 'laddare', 'charger', '充电器', 'chongdianqi'),
        noun('varavirtalähde', 'powerbank', 'power bank', '充电宝', 'chongdianbao'),
      ]),
    ],
  },
  {
    name: name('Urheilu', 'Sport', 'Sports', '运动', 'yundong'),
    children: [
      sub(name('Juoksu', 'Löpning', 'Running', '跑步', 'paobu'), [
        noun('juoksukenkä', 'löparsko', 'running shoe', '跑鞋', 'paoxie'),
        noun('juoksupaita', 'löpartröja', 'running shirt', '跑步衫', 'paobushan'),
      ]),
      sub(name('Pyöräily', 'Cykling', 'Cycling', '骑行', 'qixing'), [
        noun('pyöräilykypärä', 'cykelhjälm', 'bike helmet', '骑行头盔', 'qixing-toukui'),
        noun('pyörävalo', 'cykellampa', 'bike light', '自行车灯', 'zixingchedeng'),
      ]),
      sub(name('Kuntoilu', 'Träning', 'Fitness', '健身', 'jianshen'), [
        noun('joogamatto', 'yogamatta', 'yoga mat', '瑜伽垫', 'yujiadian'),
        noun('käsipaino', 'hantel', 'dumbbell', '哑铃', 'yaling'),
      ]),
    ],
  },
  {
    name: name('Vaatteet', 'Kläder', 'Clothing', '服装', 'fuzhuang'),
    children: [
      sub(name('Neuleet', 'Stickat', 'Knitwear', '针织衫', 'zhenzhishan'), [
        noun('villapaita', 'ylletröja', 'wool sweater', '羊毛衫', 'yangmaoshan'),
        noun('neuletakki', 'kofta', 'cardigan', '开衫', 'kaishan'),
      ]),
      sub(name('Paidat', 'Skjortor', 'Shirts', '衬衫', 'chenshan'), [
        noun('kauluspaita', 'skjorta', 'shirt', '衬衫', 'chenshan'),
        noun('t-paita', 't-shirt', 't-shirt', 'T恤', 'txu'),
      ]),
      sub(name('Asusteet', 'Accessoarer', 'Accessories', '配饰', 'peishi'), [
        noun('pipo', 'mössa', 'beanie', '毛线帽', 'maoxianmao'),
        noun('kaulaliina', 'halsduk', 'scarf', '围巾', 'weijin'),
      ]),
    ],
  },
  {
    name: name('Puutarha', 'Trädgård', 'Garden', '花园', 'huayuan'),
    children: [
      sub(name('Työkalut', 'Redskap', 'Tools', '园艺工具', 'yuanyi-gongju'), [
        noun('lapio', 'spade', 'spade', '铁锹', 'tieqiao'),
        noun('oksasakset', 'sekatör', 'pruner', '修枝剪', 'xiuzhijian'),
      ]),
      sub(name('Kastelu', 'Bevattning', 'Watering', '浇灌', 'jiaoguan'), [
        noun('kastelukannu', 'vattenkanna', 'watering can', '洒水壶', 'sashuihu'),
        noun('puutarhaletku', 'trädgårdsslang', 'garden hose', '浇水软管', 'jiaoshui-ruanguan'),
      ]),
      sub(name('Ruukut', 'Krukor', 'Planters', '花盆', 'huapen'), [
        noun('kukkaruukku', 'blomkruka', 'flower pot', '花盆', 'huapen'),
        noun('kasvilaatikko', 'odlingslåda', 'planter box', '种植箱', 'zhongzhixiang'),
      ]),
    ],
  },
  {
    name: name('Lapset', 'Barn', 'Kids', '儿童', 'ertong'),
    children: [
      sub(name('Lelut', 'Leksaker', 'Toys', '玩具', 'wanju'), [
        noun('rakennussarja', 'byggsats', 'building set', '积木', 'jimu'),
        noun('pehmolelu', 'gosedjur', 'soft toy', '毛绒玩具', 'maorong-wanju', true),
      ]),
      sub(name('Lastenvaatteet', 'Barnkläder', 'Kids clothing', '童装', 'tongzhuang'), [
        noun('haalari', 'overall', 'snowsuit', '连体衣', 'liantiyi'),
        noun('sadeasu', 'regnställ', 'rain suit', '雨衣套装', 'yuyi-taozhuang', true),
      ]),
      sub(
        name('Kirjat', 'Böcker', 'Books', '图书', 'tushu'),
        [
          noun('kuvakirja', 'bilderbok', 'picture book', '绘本', 'huiben'),
          noun('puuhakirja', 'pysselbok', 'activity book', '活动书', 'huodongshu'),
        ],
        'books',
      ),
    ],
  },
];

/** Invented brands (no real trademarks in generated data). */
export const brands: readonly string[] = [
  'Kaamos',
  'Usva',
  'Halla',
  'Routa',
  'Kajo',
  'Nietos',
  'Tyyni',
  'Virta',
  'Lehto',
  'Aapa',
  'Kelo',
  'Saaristo',
];

type Texts = Record<'fi' | 'sv' | 'en' | 'zh', string>;

export const colours: readonly Texts[] = [
  { fi: 'musta', sv: 'svart', en: 'black', zh: '黑色' },
  { fi: 'valkoinen', sv: 'vit', en: 'white', zh: '白色' },
  { fi: 'harmaa', sv: 'grå', en: 'grey', zh: '灰色' },
  { fi: 'sininen', sv: 'blå', en: 'blue', zh: '蓝色' },
  { fi: 'vihreä', sv: 'grön', en: 'green', zh: '绿色' },
  { fi: 'punainen', sv: 'röd', en: 'red', zh: '红色' },
];

export const specLabels: Record<'weight' | 'colour' | 'warranty', Texts> = {
  weight: { fi: 'Paino', sv: 'Vikt', en: 'Weight', zh: '重量' },
  colour: { fi: 'Väri', sv: 'Färg', en: 'Colour', zh: '颜色' },
  warranty: { fi: 'Takuu', sv: 'Garanti', en: 'Warranty', zh: '保修' },
};

export const variantSizes: readonly string[] = ['S', 'M', 'L'];
