import type { SeedProduct } from './types';

/**
 * The demo store's 39 products. Prices are VAT-inclusive euro cents. Products with variants keep
 * `stock: 0` and carry their stock on the variants.
 */
export const seedProducts: SeedProduct[] = [
  {
    key: 'macbook-pro-16',
    sku: 'MBP-16-M3-001',
    categoryKey: 'computers-laptops',
    brand: 'Apple',
    priceCents: 249900,
    stock: 0,
    featured: true,
    taxClass: 'standard',
    lowStockThreshold: 3,
    shape: 'laptop',
    text: {
      fi: {
        name: 'MacBook Pro 16"',
        slug: 'macbook-pro-16',
        shortDescription:
          'Tehokas 16 tuuman kannettava Apple M3 -sarjan sirulla ja Liquid Retina XDR -näytöllä vaativaan luovaan työhön.',
        description:
          'MacBook Pro 16" on tehty pitkiin työpäiviin, joissa koneen on todella tehtävä töitä: videoeditointiin, ohjelmistokehitykseen, 3D-mallinnukseen ja suurten kuvakirjastojen käsittelyyn. Apple M3 -sarjan siru pitää suorituskyvyn tasaisena myös akkukäytöllä.\n\n16,2 tuuman Liquid Retina XDR -näyttö on tarkka ja kirkas, ja HDR-kuvissa ja -videoissa erottuvat sekä kirkkaat kohdat että varjojen yksityiskohdat. Liitäntöjä on riittävästi ilman sovittimia: kolme Thunderbolt 4 -porttia, HDMI, SDXC-korttipaikka ja MagSafe 3 -latausliitäntä.\n\nValitse tallennustila ja muisti oman työsi mukaan. Kaikissa kokoonpanoissa on sama näyttö, näppäimistö ja liitännät.',
        specifications: [
          { label: 'Näyttö', value: '16,2" Liquid Retina XDR' },
          { label: 'Siru', value: 'Apple M3 -sarja' },
          { label: 'Akunkesto', value: 'jopa 22 h videotoistoa' },
          { label: 'Paino', value: 'noin 2,1 kg' },
          { label: 'Liitännät', value: '3 × Thunderbolt 4, HDMI, SDXC, MagSafe 3' },
        ],
        imageAlt: 'Avattu hopeanvärinen MacBook Pro -kannettava edestä kuvattuna',
      },
      sv: {
        name: 'MacBook Pro 16"',
        slug: 'macbook-pro-16',
        shortDescription:
          'Kraftfull 16-tums bärbar dator med chip i Apple M3-serien och Liquid Retina XDR-skärm för krävande kreativt arbete.',
        description:
          'MacBook Pro 16" är byggd för långa arbetsdagar där datorn verkligen får jobba: videoredigering, programmering, 3D-modellering och stora bildbibliotek. Chipet i Apple M3-serien håller prestandan jämn även på batteri.\n\nDen 16,2 tum stora Liquid Retina XDR-skärmen är skarp och ljusstark, och i HDR-bilder och HDR-video syns både de ljusa partierna och detaljerna i skuggorna. Du får gott om anslutningar utan adaptrar: tre Thunderbolt 4-portar, HDMI, SDXC-kortplats och MagSafe 3 för laddning.\n\nVälj lagring och minne efter ditt arbete. Alla konfigurationer har samma skärm, tangentbord och anslutningar.',
        specifications: [
          { label: 'Skärm', value: '16,2" Liquid Retina XDR' },
          { label: 'Chip', value: 'Apple M3-serien' },
          { label: 'Batteritid', value: 'upp till 22 h videouppspelning' },
          { label: 'Vikt', value: 'cirka 2,1 kg' },
          { label: 'Anslutningar', value: '3 × Thunderbolt 4, HDMI, SDXC, MagSafe 3' },
        ],
        imageAlt: 'Uppfälld silverfärgad MacBook Pro fotograferad framifrån',
      },
      en: {
        name: 'MacBook Pro 16"',
        slug: 'macbook-pro-16',
        shortDescription:
          'A powerful 16-inch laptop with an Apple M3-family chip and a Liquid Retina XDR display, built for demanding creative work.',
        description:
          'The 16-inch MacBook Pro is made for long working days where the computer really has to work: video editing, software development, 3D modelling and large photo libraries. The Apple M3-family chip keeps performance steady even on battery.\n\nThe 16.2-inch Liquid Retina XDR display is sharp and bright, and in HDR photos and video you can see detail in both the highlights and the shadows. There are plenty of ports without adapters: three Thunderbolt 4 ports, HDMI, an SDXC card slot and MagSafe 3 charging.\n\nChoose the storage and memory that fit your work. Every configuration has the same display, keyboard and ports.',
        specifications: [
          { label: 'Display', value: '16.2" Liquid Retina XDR' },
          { label: 'Chip', value: 'Apple M3 family' },
          { label: 'Battery life', value: 'Up to 22 h video playback' },
          { label: 'Weight', value: 'About 2.1 kg' },
          { label: 'Ports', value: '3 × Thunderbolt 4, HDMI, SDXC, MagSafe 3' },
        ],
        imageAlt: 'An open silver MacBook Pro laptop seen from the front',
      },
      zh: {
        name: 'MacBook Pro 16 英寸',
        slug: 'macbook-pro-16',
        shortDescription: '搭载 Apple M3 系列芯片和 Liquid Retina XDR 显示屏的 16 英寸高性能笔记本，专为高强度创意工作打造。',
        description:
          '16 英寸 MacBook Pro 专为长时间高负载工作而设计：视频剪辑、软件开发、3D 建模以及管理大型照片库都能从容应对。Apple M3 系列芯片在使用电池供电时也能保持稳定的性能。\n\n16.2 英寸 Liquid Retina XDR 显示屏清晰明亮，浏览 HDR 照片和视频时，高光和暗部细节都清晰可见。接口丰富，无需转接器：三个雷雳 4 端口、HDMI 端口、SDXC 卡槽以及 MagSafe 3 充电端口。\n\n可根据工作需要选择存储容量和内存，所有配置的显示屏、键盘和接口均相同。',
        specifications: [
          { label: '显示屏', value: '16.2 英寸 Liquid Retina XDR' },
          { label: '芯片', value: 'Apple M3 系列' },
          { label: '电池续航', value: '视频播放最长可达 22 小时' },
          { label: '重量', value: '约 2.1 公斤' },
          { label: '接口', value: '3 个雷雳 4、HDMI、SDXC、MagSafe 3' },
        ],
        imageAlt: '一台打开的银色 MacBook Pro 笔记本电脑正面图',
      },
    },
    variants: [
      { sku: 'MBP-16-M3-512', options: { storage: '512 GB', ram: '16 GB' }, priceCents: 249900, stock: 8 },
      { sku: 'MBP-16-M3-1TB', options: { storage: '1 TB', ram: '32 GB' }, priceCents: 299900, stock: 5 },
      { sku: 'MBP-16-M3-2TB', options: { storage: '2 TB', ram: '64 GB' }, priceCents: 399900, stock: 3 },
    ],
  },
  {
    key: 'dell-xps-15',
    sku: 'DELL-XPS15-001',
    categoryKey: 'computers-laptops',
    brand: 'Dell',
    priceCents: 189900,
    stock: 20,
    featured: false,
    taxClass: 'standard',
    lowStockThreshold: 3,
    shape: 'laptop',
    text: {
      fi: {
        name: 'Dell XPS 15',
        slug: 'dell-xps-15',
        shortDescription:
          'Ohut 15,6 tuuman Windows-kannettava Intel Core i7 -suorittimella ja alumiinirungolla työhön ja luoviin projekteihin.',
        description:
          'Dell XPS 15 yhdistää suuren 15,6 tuuman näytön runkoon, joka mahtuu silti helposti reppuun. Kapeat näytön reunat jättävät enemmän tilaa kuvalle, ja alumiinirunko tuntuu tukevalta päivittäisessä käytössä.\n\nIntel Core i7 -suoritin, 16 GB muistia ja nopea 512 GB:n SSD-levy hoitavat sujuvasti toimistotyöt, kuvankäsittelyn ja ohjelmoinnin. Thunderbolt 4 -porttien kautta onnistuvat lataus sekä näyttöjen ja telakoiden liittäminen.\n\nKoneessa on valmiina Windows 11, joten se on käyttövalmis heti kirjautumisen jälkeen.',
        specifications: [
          { label: 'Näyttö', value: '15,6" FHD+ (1920 × 1200)' },
          { label: 'Suoritin', value: 'Intel Core i7-13700H' },
          { label: 'Muisti', value: '16 GB' },
          { label: 'Tallennustila', value: '512 GB SSD' },
          { label: 'Paino', value: 'noin 1,9 kg' },
          { label: 'Käyttöjärjestelmä', value: 'Windows 11 Home' },
        ],
        imageAlt: 'Avattu Dell XPS 15 -kannettava, jonka näytöllä on Windowsin työpöytä',
      },
      sv: {
        name: 'Dell XPS 15',
        slug: 'dell-xps-15',
        shortDescription:
          'Tunn 15,6-tums Windowsdator med Intel Core i7-processor och aluminiumchassi för jobb och kreativa projekt.',
        description:
          'Dell XPS 15 kombinerar en stor 15,6-tumsskärm med ett chassi som ändå får plats i ryggsäcken. De smala skärmkanterna ger mer yta åt bilden, och aluminiumchassit känns stabilt i det dagliga användandet.\n\nIntel Core i7-processorn, 16 GB minne och en snabb SSD på 512 GB klarar kontorsarbete, bildredigering och programmering utan problem. Via Thunderbolt 4-portarna laddar du datorn och ansluter skärmar och dockor.\n\nWindows 11 är förinstallerat, så datorn är redo att användas så fort du har loggat in.',
        specifications: [
          { label: 'Skärm', value: '15,6" FHD+ (1920 × 1200)' },
          { label: 'Processor', value: 'Intel Core i7-13700H' },
          { label: 'Minne', value: '16 GB' },
          { label: 'Lagring', value: '512 GB SSD' },
          { label: 'Vikt', value: 'cirka 1,9 kg' },
          { label: 'Operativsystem', value: 'Windows 11 Home' },
        ],
        imageAlt: 'Uppfälld Dell XPS 15 med Windows-skrivbordet på skärmen',
      },
      en: {
        name: 'Dell XPS 15',
        slug: 'dell-xps-15',
        shortDescription:
          'A slim 15.6-inch Windows laptop with an Intel Core i7 processor and an aluminium body for work and creative projects.',
        description:
          'The Dell XPS 15 combines a large 15.6-inch display with a body that still slips easily into a backpack. The thin bezels leave more room for the picture, and the aluminium body feels solid in everyday use.\n\nThe Intel Core i7 processor, 16 GB of memory and a fast 512 GB SSD handle office work, photo editing and programming smoothly. The Thunderbolt 4 ports take care of charging and connecting displays and docks.\n\nWindows 11 comes preinstalled, so the laptop is ready to use as soon as you have signed in.',
        specifications: [
          { label: 'Display', value: '15.6" FHD+ (1920 × 1200)' },
          { label: 'Processor', value: 'Intel Core i7-13700H' },
          { label: 'Memory', value: '16 GB' },
          { label: 'Storage', value: '512 GB SSD' },
          { label: 'Weight', value: 'About 1.9 kg' },
          { label: 'Operating system', value: 'Windows 11 Home' },
        ],
        imageAlt: 'An open Dell XPS 15 laptop showing the Windows desktop',
      },
      zh: {
        name: '戴尔 XPS 15',
        slug: 'dell-xps-15',
        shortDescription: '15.6 英寸 Windows 笔记本电脑，搭载英特尔酷睿 i7 处理器，铝合金机身轻薄坚固，适合办公与创作。',
        description:
          '戴尔 XPS 15 在轻薄机身中配备了一块 15.6 英寸大屏，放进双肩包也毫不费力。窄边框设计让画面更开阔，铝合金机身日常使用手感扎实。\n\n英特尔酷睿 i7 处理器、16 GB 内存和 512 GB 高速固态硬盘，可流畅处理办公、修图和编程等任务。通过雷雳 4 端口即可充电，并连接显示器和扩展坞。\n\n预装 Windows 11，登录后即可使用。',
        specifications: [
          { label: '屏幕', value: '15.6 英寸 FHD+（1920 × 1200）' },
          { label: '处理器', value: '英特尔酷睿 i7-13700H' },
          { label: '内存', value: '16 GB' },
          { label: '存储', value: '512 GB 固态硬盘' },
          { label: '重量', value: '约 1.9 公斤' },
          { label: '操作系统', value: 'Windows 11 家庭版' },
        ],
        imageAlt: '一台打开的戴尔 XPS 15 笔记本电脑，屏幕显示 Windows 桌面',
      },
    },
  },
  {
    key: 'logitech-mx-master-3s',
    sku: 'LOGI-MXM3S-001',
    categoryKey: 'computers-laptops',
    brand: 'Logitech',
    priceCents: 9900,
    previousPriceCents: 11900,
    stock: 60,
    featured: false,
    taxClass: 'standard',
    shape: 'mouse',
    text: {
      fi: {
        name: 'Logitech MX Master 3S',
        slug: 'logitech-mx-master-3s',
        shortDescription:
          'Ergonominen langaton hiiri, jossa on hiljaiset napsautukset, myös lasilla toimiva 8 000 DPI:n sensori ja MagSpeed-rulla.',
        description:
          'MX Master 3S on muotoiltu tukemaan kättä pitkän työpäivän ajan. Peukalotuki ja sivurulla helpottavat liikkumista leveissä taulukoissa ja aikajanoilla.\n\nNapsautukset ovat selvästi edellistä mallia hiljaisemmat, ja 8 000 DPI:n sensori toimii lähes millä tahansa pinnalla, myös lasilla. Sähkömagneettinen MagSpeed-rulla vierittää rivi kerrallaan tai pyörii vapaasti pitkien dokumenttien läpi.\n\nYhdistä hiiri Bluetoothilla tai mukana tulevalla Logi Bolt -vastaanottimella ja vaihda jopa kolmen tietokoneen välillä napin painalluksella. Täysi lataus USB-C:n kautta riittää jopa 70 päiväksi.',
        specifications: [
          { label: 'Sensori', value: '8 000 DPI' },
          { label: 'Yhteys', value: 'Bluetooth, Logi Bolt -USB-vastaanotin' },
          { label: 'Akunkesto', value: 'jopa 70 päivää latauksella' },
          { label: 'Lataus', value: 'USB-C' },
          { label: 'Paino', value: '141 g' },
        ],
        imageAlt: 'Grafiitinharmaa Logitech MX Master 3S -hiiri sivulta kuvattuna',
      },
      sv: {
        name: 'Logitech MX Master 3S',
        slug: 'logitech-mx-master-3s',
        shortDescription:
          'Ergonomisk trådlös mus med tysta klick, en sensor på 8 000 DPI som fungerar även på glas och MagSpeed-skrollhjul.',
        description:
          'MX Master 3S är formad för att stödja handen under en lång arbetsdag. Tumstödet och skrollhjulet på sidan gör det enkelt att röra sig i breda kalkylblad och tidslinjer.\n\nKlicken är märkbart tystare än på den tidigare modellen, och sensorn på 8 000 DPI fungerar på nästan alla underlag, även glas. Det elektromagnetiska MagSpeed-hjulet skrollar rad för rad eller snurrar fritt genom långa dokument.\n\nAnslut musen via Bluetooth eller med den medföljande Logi Bolt-mottagaren och växla mellan upp till tre datorer med en knapptryckning. En full laddning via USB-C räcker i upp till 70 dagar.',
        specifications: [
          { label: 'Sensor', value: '8 000 DPI' },
          { label: 'Anslutning', value: 'Bluetooth, Logi Bolt USB-mottagare' },
          { label: 'Batteritid', value: 'upp till 70 dagar per laddning' },
          { label: 'Laddning', value: 'USB-C' },
          { label: 'Vikt', value: '141 g' },
        ],
        imageAlt: 'Grafitgrå Logitech MX Master 3S-mus fotograferad från sidan',
      },
      en: {
        name: 'Logitech MX Master 3S',
        slug: 'logitech-mx-master-3s',
        shortDescription:
          'An ergonomic wireless mouse with quiet clicks, an 8,000 DPI sensor that tracks even on glass, and a MagSpeed scroll wheel.',
        description:
          'The MX Master 3S is shaped to support your hand through a long working day. The thumb rest and the side scroll wheel make it easy to move around wide spreadsheets and timelines.\n\nThe clicks are noticeably quieter than on the previous model, and the 8,000 DPI sensor tracks on almost any surface, glass included. The electromagnetic MagSpeed wheel scrolls line by line or spins freely through long documents.\n\nConnect it over Bluetooth or with the included Logi Bolt receiver and switch between up to three computers at the press of a button. A full charge over USB-C lasts up to 70 days.',
        specifications: [
          { label: 'Sensor', value: '8,000 DPI' },
          { label: 'Connection', value: 'Bluetooth, Logi Bolt USB receiver' },
          { label: 'Battery life', value: 'Up to 70 days per charge' },
          { label: 'Charging', value: 'USB-C' },
          { label: 'Weight', value: '141 g' },
        ],
        imageAlt: 'A graphite Logitech MX Master 3S mouse seen from the side',
      },
      zh: {
        name: '罗技 MX Master 3S',
        slug: 'logitech-mx-master-3s',
        shortDescription: '人体工学无线鼠标，按键静音，8000 DPI 传感器在玻璃表面也能使用，配备 MagSpeed 电磁滚轮。',
        description:
          'MX Master 3S 的造型贴合手掌，长时间办公也能为手部提供支撑。拇指托和侧边滚轮让你在宽表格和时间线中左右移动更方便。\n\n按键声音比上一代明显更安静，8000 DPI 传感器几乎可在任何表面上使用，包括玻璃。MagSpeed 电磁滚轮既能逐行精准滚动，也能飞速浏览长文档。\n\n可通过蓝牙或随附的 Logi Bolt 接收器连接，一键在最多三台电脑之间切换。通过 USB-C 充满电后最长可使用 70 天。',
        specifications: [
          { label: '传感器', value: '8000 DPI' },
          { label: '连接方式', value: '蓝牙、Logi Bolt USB 接收器' },
          { label: '续航', value: '充满电最长可用 70 天' },
          { label: '充电接口', value: 'USB-C' },
          { label: '重量', value: '141 克' },
        ],
        imageAlt: '石墨灰色罗技 MX Master 3S 鼠标侧面图',
      },
    },
  },
  {
    key: 'iphone-15-pro',
    sku: 'IP15P-001',
    categoryKey: 'smartphones',
    brand: 'Apple',
    priceCents: 109900,
    stock: 0,
    featured: false,
    taxClass: 'standard',
    lowStockThreshold: 3,
    shape: 'phone',
    text: {
      fi: {
        name: 'iPhone 15 Pro',
        slug: 'iphone-15-pro',
        shortDescription:
          'iPhone 15 Pro titaanirungolla, A17 Pro -sirulla, 48 megapikselin pääkameralla ja USB-C-liitännällä.',
        description:
          'iPhone 15 Prossa on titaanirunko, jonka ansiosta puhelin on aiempia Pro-malleja kevyempi mutta edelleen tukeva. 6,1 tuuman Super Retina XDR -näytön ProMotion-tekniikka päivittää kuvaa jopa 120 hertsin taajuudella, ja aina päällä oleva näyttö näyttää kellonajan ja ilmoitukset yhdellä silmäyksellä.\n\n48 megapikselin pääkamera tallentaa yksityiskohtaisia kuvia niin päivänvalossa kuin illallakin, ja telekamerassa on 3-kertainen optinen zoom. Toimintopainikkeen voi asettaa avaamaan kameran, sytyttämään taskulampun tai käynnistämään pikakomennon.\n\nUSB-C-liitännällä puhelin latautuu, ja USB 3 -kaapelilla suuret videotiedostot siirtyvät nopeasti. Valitse tallennustila kuviesi ja sovellustesi mukaan.',
        specifications: [
          { label: 'Näyttö', value: '6,1" Super Retina XDR, ProMotion' },
          { label: 'Siru', value: 'A17 Pro' },
          { label: 'Pääkamera', value: '48 MP' },
          { label: 'Liitäntä', value: 'USB-C (USB 3)' },
          { label: 'Paino', value: '187 g' },
        ],
        imageAlt: 'Luonnonvärinen titaaninen iPhone 15 Pro takaa kuvattuna, kolme kameraa näkyvissä',
      },
      sv: {
        name: 'iPhone 15 Pro',
        slug: 'iphone-15-pro',
        shortDescription: 'iPhone 15 Pro med design i titan, A17 Pro-chip, huvudkamera på 48 MP och USB-C.',
        description:
          'iPhone 15 Pro har en ram i titan som gör telefonen lättare än tidigare Pro-modeller utan att den blir mindre tålig. Den 6,1 tum stora Super Retina XDR-skärmen med ProMotion uppdateras i upp till 120 Hz, och den alltid påslagna skärmen visar tid och notiser med en snabb blick.\n\nHuvudkameran på 48 MP tar detaljrika bilder både i dagsljus och på kvällen, och telekameran har 3x optisk zoom. Åtgärdsknappen kan ställas in för att öppna kameran, tända ficklampan eller köra en genväg.\n\nVia USB-C-porten laddar du telefonen, och med en USB 3-kabel går det snabbt att föra över stora videofiler. Välj den lagringsstorlek som passar dina bilder och appar.',
        specifications: [
          { label: 'Skärm', value: '6,1" Super Retina XDR, ProMotion' },
          { label: 'Chip', value: 'A17 Pro' },
          { label: 'Huvudkamera', value: '48 MP' },
          { label: 'Anslutning', value: 'USB-C (USB 3)' },
          { label: 'Vikt', value: '187 g' },
        ],
        imageAlt: 'iPhone 15 Pro i naturligt titan, fotograferad bakifrån med tre kameror',
      },
      en: {
        name: 'iPhone 15 Pro',
        slug: 'iphone-15-pro',
        shortDescription: 'iPhone 15 Pro with a titanium design, the A17 Pro chip, a 48 MP main camera and USB-C.',
        description:
          'iPhone 15 Pro has a titanium frame that makes it lighter than the earlier Pro models while staying sturdy. The 6.1-inch Super Retina XDR display with ProMotion refreshes at up to 120 Hz, and the Always-On display shows the time and notifications at a glance.\n\nThe 48 MP main camera captures detailed photos in daylight and in the evening, and the telephoto camera offers 3× optical zoom. The Action button can be set to open the camera, switch on the torch or run a shortcut.\n\nThe USB-C port charges the phone and, with a USB 3 cable, transfers large video files quickly. Choose the storage size that fits your photos and apps.',
        specifications: [
          { label: 'Display', value: '6.1" Super Retina XDR, ProMotion' },
          { label: 'Chip', value: 'A17 Pro' },
          { label: 'Main camera', value: '48 MP' },
          { label: 'Connector', value: 'USB-C (USB 3)' },
          { label: 'Weight', value: '187 g' },
        ],
        imageAlt: 'iPhone 15 Pro in natural titanium, shown from the back with its three cameras',
      },
      zh: {
        name: 'iPhone 15 Pro',
        slug: 'iphone-15-pro',
        shortDescription: 'iPhone 15 Pro 采用钛金属设计，搭载 A17 Pro 芯片、4800 万像素主摄和 USB-C 接口。',
        description:
          'iPhone 15 Pro 采用钛金属边框，比前几代 Pro 机型更轻，同时依然坚固耐用。6.1 英寸超视网膜 XDR 显示屏支持 ProMotion 自适应刷新率，最高可达 120Hz；全天候显示功能让你一眼就能看到时间和通知。\n\n4800 万像素主摄无论白天还是夜晚都能拍出细节丰富的照片，长焦镜头支持 3 倍光学变焦。操作按钮可设置为打开相机、开启手电筒或运行快捷指令。\n\nUSB-C 接口既可充电，搭配 USB 3 线缆还能快速传输大型视频文件。可根据照片和应用的数量选择合适的存储容量。',
        specifications: [
          { label: '显示屏', value: '6.1 英寸超视网膜 XDR，ProMotion' },
          { label: '芯片', value: 'A17 Pro' },
          { label: '主摄像头', value: '4800 万像素' },
          { label: '接口', value: 'USB-C（USB 3）' },
          { label: '重量', value: '187 克' },
        ],
        imageAlt: '原色钛金属 iPhone 15 Pro 背面图，可见三摄镜头模组',
      },
    },
    variants: [
      { sku: 'IP15P-128', options: { storage: '128 GB' }, priceCents: 109900, stock: 10 },
      { sku: 'IP15P-256', options: { storage: '256 GB' }, priceCents: 119900, stock: 8 },
      { sku: 'IP15P-512', options: { storage: '512 GB' }, priceCents: 139900, stock: 5 },
      { sku: 'IP15P-1TB', options: { storage: '1 TB' }, priceCents: 159900, stock: 3 },
    ],
  },
  {
    key: 'samsung-galaxy-s24-ultra',
    sku: 'SGS24U-001',
    categoryKey: 'smartphones',
    brand: 'Samsung',
    priceCents: 129900,
    previousPriceCents: 139900,
    stock: 20,
    featured: true,
    taxClass: 'standard',
    shape: 'phone',
    text: {
      fi: {
        name: 'Samsung Galaxy S24 Ultra',
        slug: 'samsung-galaxy-s24-ultra',
        shortDescription:
          'Samsungin lippulaivapuhelin, jossa on 6,8 tuuman näyttö, sisäänrakennettu S Pen, 200 megapikselin pääkamera ja titaanirunko.',
        description:
          'Galaxy S24 Ultra on iso puhelin niille, jotka hoitavat puhelimella kaiken työasioista valokuvaukseen. 6,8 tuuman QHD+ Dynamic AMOLED 2X -näyttö on niin kirkas, että sitä on helppo lukea ulkonakin, ja sisäänrakennettu S Pen on kätevä muistiinpanoihin, allekirjoituksiin ja tarkkaan kuvankäsittelyyn.\n\n200 megapikselin pääkamera sekä kaksi telekameraa 3- ja 5-kertaisella optisella zoomilla taipuvat maisemista kaukaisiin yksityiskohtiin. Galaxy AI -toiminnot, kuten puheluiden reaaliaikainen tulkkaus, helpottavat arkea.\n\n5 000 mAh:n akku on mitoitettu kokonaiseen käyttöpäivään, ja titaanirunko tekee puhelimesta tukevan tuntuisen. Tässä mallissa on 12 GB muistia ja 256 GB tallennustilaa.',
        specifications: [
          { label: 'Näyttö', value: '6,8" QHD+ Dynamic AMOLED 2X' },
          { label: 'Pääkamera', value: '200 MP' },
          { label: 'Muisti / tallennustila', value: '12 GB / 256 GB' },
          { label: 'Akku', value: '5 000 mAh' },
          { label: 'Paino', value: '232 g' },
        ],
        imageAlt: 'Titaaninharmaa Samsung Galaxy S24 Ultra ja sen vieressä S Pen -kynä',
      },
      sv: {
        name: 'Samsung Galaxy S24 Ultra',
        slug: 'samsung-galaxy-s24-ultra',
        shortDescription:
          'Samsungs toppmodell med 6,8-tumsskärm, inbyggd S Pen, huvudkamera på 200 MP och ram i titan.',
        description:
          'Galaxy S24 Ultra är en stor telefon för dig som använder mobilen till allt från jobb till fotografering. Den 6,8 tum stora QHD+ Dynamic AMOLED 2X-skärmen är så ljusstark att den går att läsa även utomhus, och den inbyggda S Pen är smidig för anteckningar, signaturer och exakt redigering.\n\nHuvudkameran på 200 MP och två telekameror med 3x och 5x optisk zoom klarar allt från landskap till detaljer på långt avstånd. Galaxy AI-funktioner som realtidstolkning av samtal underlättar i vardagen.\n\nBatteriet på 5 000 mAh är dimensionerat för en hel dags användning, och titanramen gör att telefonen känns stabil i handen. Den här modellen har 12 GB minne och 256 GB lagring.',
        specifications: [
          { label: 'Skärm', value: '6,8" QHD+ Dynamic AMOLED 2X' },
          { label: 'Huvudkamera', value: '200 MP' },
          { label: 'Minne/lagring', value: '12 GB / 256 GB' },
          { label: 'Batteri', value: '5 000 mAh' },
          { label: 'Vikt', value: '232 g' },
        ],
        imageAlt: 'Titangrå Samsung Galaxy S24 Ultra med S Pen bredvid',
      },
      en: {
        name: 'Samsung Galaxy S24 Ultra',
        slug: 'samsung-galaxy-s24-ultra',
        shortDescription:
          'Samsung’s flagship with a 6.8-inch display, a built-in S Pen, a 200 MP main camera and a titanium frame.',
        description:
          'The Galaxy S24 Ultra is a large phone for people who use their phone for everything from work to photography. The 6.8-inch QHD+ Dynamic AMOLED 2X display is bright enough to read comfortably outdoors, and the built-in S Pen is handy for notes, signatures and precise editing.\n\nThe 200 MP main camera and two telephoto cameras with 3× and 5× optical zoom cover everything from landscapes to distant details. Galaxy AI features such as Live Translate for calls help with everyday tasks.\n\nThe 5,000 mAh battery is sized for a full day of use, and the titanium frame makes the phone feel solid in the hand. This model has 12 GB of memory and 256 GB of storage.',
        specifications: [
          { label: 'Display', value: '6.8" QHD+ Dynamic AMOLED 2X' },
          { label: 'Main camera', value: '200 MP' },
          { label: 'Memory / storage', value: '12 GB / 256 GB' },
          { label: 'Battery', value: '5,000 mAh' },
          { label: 'Weight', value: '232 g' },
        ],
        imageAlt: 'A titanium grey Samsung Galaxy S24 Ultra with its S Pen beside it',
      },
      zh: {
        name: '三星 Galaxy S24 Ultra',
        slug: 'samsung-galaxy-s24-ultra',
        shortDescription: '三星旗舰手机，配备 6.8 英寸屏幕、内置 S Pen、2 亿像素主摄和钛金属边框。',
        description:
          'Galaxy S24 Ultra 是一款大屏手机，适合工作、摄影都离不开手机的用户。6.8 英寸 QHD+ Dynamic AMOLED 2X 屏幕亮度高，在户外也能看清；内置 S Pen 手写笔，记笔记、签名和精细修图都很方便。\n\n2 亿像素主摄搭配两颗分别支持 3 倍和 5 倍光学变焦的长焦镜头，从风景到远处细节都能拍清。通话实时翻译等 Galaxy AI 功能让日常使用更便捷。\n\n5000 mAh 电池可满足一整天的使用，钛金属边框握持扎实稳固。本款为 12 GB 内存 + 256 GB 存储版本。',
        specifications: [
          { label: '屏幕', value: '6.8 英寸 QHD+ Dynamic AMOLED 2X' },
          { label: '主摄像头', value: '2 亿像素' },
          { label: '内存/存储', value: '12 GB + 256 GB' },
          { label: '电池容量', value: '5000 mAh' },
          { label: '重量', value: '232 克' },
        ],
        imageAlt: '钛灰色三星 Galaxy S24 Ultra 手机，旁边放着 S Pen 手写笔',
      },
    },
  },
  {
    key: 'google-pixel-8-pro',
    sku: 'GP8P-001',
    categoryKey: 'smartphones',
    brand: 'Google',
    priceCents: 99900,
    stock: 18,
    featured: false,
    taxClass: 'standard',
    shape: 'phone',
    text: {
      fi: {
        name: 'Google Pixel 8 Pro',
        slug: 'google-pixel-8-pro',
        shortDescription:
          'Googlen Pixel 8 Pro, jossa on 6,7 tuuman näyttö, Tensor G3 -siru, monipuolinen kolmoiskamera ja seitsemän vuoden päivitykset.',
        description:
          'Pixel 8 Pron sydän on Googlen oma Tensor G3 -siru, joka pyörittää puhelimen kuva- ja puhetoimintoja. 6,7 tuuman Super Actua -näyttö on kirkas ja sulava, ja sen virkistystaajuus on jopa 120 Hz.\n\nKolmoiskamerassa on 50 megapikselin pääkamera, ultralaajakulmakamera ja telekamera, jossa on 5-kertainen optinen zoom. Magic Eraser- ja Best Take -työkaluilla kuvia on helppo siistiä jälkikäteen.\n\nGoogle lupaa Pixel 8 Prolle seitsemän vuoden Android- ja tietoturvapäivitykset, joten puhelin pysyy ajan tasalla pitkään. Tässä mallissa on 12 GB muistia ja 128 GB tallennustilaa.',
        specifications: [
          { label: 'Näyttö', value: '6,7" Super Actua (LTPO OLED), jopa 120 Hz' },
          { label: 'Siru', value: 'Google Tensor G3' },
          { label: 'Pääkamera', value: '50 MP' },
          { label: 'Muisti / tallennustila', value: '12 GB / 128 GB' },
          { label: 'Akku', value: '5 050 mAh' },
          { label: 'Paino', value: '213 g' },
        ],
        imageAlt: 'Obsidiaaninmusta Google Pixel 8 Pro takaa kuvattuna, kamerapalkki yläosassa',
      },
      sv: {
        name: 'Google Pixel 8 Pro',
        slug: 'google-pixel-8-pro',
        shortDescription:
          'Googles Pixel 8 Pro med 6,7-tumsskärm, Tensor G3-chip, mångsidig trippelkamera och sju års uppdateringar.',
        description:
          'Pixel 8 Pro bygger på Googles eget Tensor G3-chip, som driver telefonens foto- och talfunktioner. Den 6,7 tum stora Super Actua-skärmen är ljusstark och mjuk med en uppdateringsfrekvens på upp till 120 Hz.\n\nTrippelkameran består av en huvudkamera på 50 MP, en ultravidvinkelkamera och en telekamera med 5x optisk zoom. Med redigeringsverktyg som Magic Eraser och Best Take är det enkelt att snygga till bilderna i efterhand.\n\nGoogle utlovar sju års Android- och säkerhetsuppdateringar för Pixel 8 Pro, så telefonen håller sig uppdaterad länge. Den här modellen har 12 GB minne och 128 GB lagring.',
        specifications: [
          { label: 'Skärm', value: '6,7" Super Actua (LTPO OLED), upp till 120 Hz' },
          { label: 'Chip', value: 'Google Tensor G3' },
          { label: 'Huvudkamera', value: '50 MP' },
          { label: 'Minne/lagring', value: '12 GB / 128 GB' },
          { label: 'Batteri', value: '5 050 mAh' },
          { label: 'Vikt', value: '213 g' },
        ],
        imageAlt: 'Obsidiansvart Google Pixel 8 Pro fotograferad bakifrån med kameralisten upptill',
      },
      en: {
        name: 'Google Pixel 8 Pro',
        slug: 'google-pixel-8-pro',
        shortDescription:
          'Google’s Pixel 8 Pro with a 6.7-inch display, the Tensor G3 chip, a versatile triple camera and seven years of updates.',
        description:
          'Pixel 8 Pro is built around Google’s own Tensor G3 chip, which powers the phone’s photo and speech features. The 6.7-inch Super Actua display is bright and smooth, with a refresh rate of up to 120 Hz.\n\nThe triple camera combines a 50 MP main camera, an ultra-wide camera and a telephoto camera with 5× optical zoom. Editing tools such as Magic Eraser and Best Take make it easy to tidy up photos after you have taken them.\n\nGoogle promises seven years of Android and security updates for the Pixel 8 Pro, so the phone stays up to date for a long time. This model has 12 GB of memory and 128 GB of storage.',
        specifications: [
          { label: 'Display', value: '6.7" Super Actua (LTPO OLED), up to 120 Hz' },
          { label: 'Chip', value: 'Google Tensor G3' },
          { label: 'Main camera', value: '50 MP' },
          { label: 'Memory / storage', value: '12 GB / 128 GB' },
          { label: 'Battery', value: '5,050 mAh' },
          { label: 'Weight', value: '213 g' },
        ],
        imageAlt: 'An obsidian black Google Pixel 8 Pro seen from the back, with the camera bar across the top',
      },
      zh: {
        name: 'Google Pixel 8 Pro',
        slug: 'google-pixel-8-pro',
        shortDescription: '谷歌 Pixel 8 Pro，配备 6.7 英寸屏幕、Tensor G3 芯片和多功能三摄系统，并提供七年系统更新。',
        description:
          'Pixel 8 Pro 搭载谷歌自研的 Tensor G3 芯片，为手机的影像和语音功能提供支持。6.7 英寸 Super Actua 屏幕明亮流畅，刷新率最高可达 120Hz。\n\n三摄系统由 5000 万像素主摄、超广角镜头和支持 5 倍光学变焦的长焦镜头组成。借助“魔术橡皮擦”和“最佳合照”等编辑工具，拍摄后也能轻松修饰照片。\n\n谷歌承诺为 Pixel 8 Pro 提供七年的 Android 系统和安全更新，让手机长期保持最新状态。本款为 12 GB 内存 + 128 GB 存储版本。',
        specifications: [
          { label: '屏幕', value: '6.7 英寸 Super Actua（LTPO OLED），最高 120Hz' },
          { label: '芯片', value: 'Google Tensor G3' },
          { label: '主摄像头', value: '5000 万像素' },
          { label: '内存/存储', value: '12 GB + 128 GB' },
          { label: '电池容量', value: '5050 mAh' },
          { label: '重量', value: '213 克' },
        ],
        imageAlt: '曜石黑 Google Pixel 8 Pro 背面图，顶部为横向摄像头模组',
      },
    },
  },
  {
    key: 'sony-wh-1000xm5',
    sku: 'SONY-WH1000XM5',
    categoryKey: 'audio-headphones',
    brand: 'Sony',
    priceCents: 37900,
    stock: 30,
    featured: false,
    taxClass: 'standard',
    shape: 'headphones',
    text: {
      fi: {
        name: 'Sony WH-1000XM5',
        slug: 'sony-wh-1000xm5',
        shortDescription:
          'Langattomat sankakuulokkeet, joissa on tehokas vastamelu, selkeä puheluääni ja jopa 30 tunnin akunkesto.',
        description:
          'WH-1000XM5-kuulokkeissa on kahdeksan mikrofonia ja kaksi prosessoria, jotka vaimentavat melua niin, että lentokoneen moottorin jylinä tai avokonttorin puheensorina jää taustalle. Auto NC Optimizer säätää vastamelun automaattisesti ympäristön mukaan.\n\nKevyt sanka ja pehmeät tekonahkaiset korvatyynyt tekevät kuulokkeista mukavat pitää tuntikausia. Puheluissa tarkka äänenpoiminta erottaa äänesi taustamelusta.\n\nTäydellä latauksella kuuntelet jopa 30 tuntia vastamelu päällä, ja 3 minuutin pikalataus riittää noin 3 tunnin toistoon. Kuulokkeet voi yhdistää Bluetoothilla kahteen laitteeseen yhtä aikaa.',
        specifications: [
          { label: 'Tyyppi', value: 'ympäröivät, suljetut' },
          { label: 'Vastamelu', value: 'aktiivinen (ANC)' },
          { label: 'Akunkesto', value: 'jopa 30 h (ANC päällä)' },
          { label: 'Yhteys', value: 'Bluetooth 5.2, 3,5 mm:n kaapeli' },
          { label: 'Paino', value: 'noin 250 g' },
        ],
        imageAlt: 'Mustat Sony WH-1000XM5 -kuulokkeet sivulta kuvattuna',
      },
      sv: {
        name: 'Sony WH-1000XM5',
        slug: 'sony-wh-1000xm5',
        shortDescription:
          'Trådlösa over-ear-hörlurar med effektiv brusreducering, tydligt samtalsljud och upp till 30 timmars batteritid.',
        description:
          'WH-1000XM5 har åtta mikrofoner och två processorer som dämpar buller, så att motorljudet på flyget eller pratet i kontorslandskapet hamnar i bakgrunden. Auto NC Optimizer anpassar brusreduceringen till omgivningen automatiskt.\n\nDen lätta hjässbygeln och de mjuka öronkuddarna i konstläder gör att hörlurarna är bekväma att bära i flera timmar. Vid samtal skiljer den exakta röstupptagningen din röst från bakgrundsljud.\n\nEn full laddning ger upp till 30 timmars lyssning med brusreducering, och 3 minuters snabbladdning räcker till cirka 3 timmars uppspelning. Hörlurarna kan anslutas via Bluetooth till två enheter samtidigt.',
        specifications: [
          { label: 'Typ', value: 'over-ear, slutna' },
          { label: 'Brusreducering', value: 'aktiv (ANC)' },
          { label: 'Batteritid', value: 'upp till 30 h (ANC på)' },
          { label: 'Anslutning', value: 'Bluetooth 5.2, 3,5 mm-kabel' },
          { label: 'Vikt', value: 'cirka 250 g' },
        ],
        imageAlt: 'Svarta Sony WH-1000XM5-hörlurar fotograferade från sidan',
      },
      en: {
        name: 'Sony WH-1000XM5',
        slug: 'sony-wh-1000xm5',
        shortDescription:
          'Wireless over-ear headphones with effective noise cancellation, clear call quality and up to 30 hours of battery life.',
        description:
          'The WH-1000XM5 uses eight microphones and two processors to cancel noise, so engine hum on a plane or chatter in an open-plan office fades into the background. Auto NC Optimizer adjusts the noise cancellation to your surroundings automatically.\n\nThe light headband and soft synthetic-leather ear cushions make the headphones comfortable to wear for hours. On calls, precise voice pickup separates your voice from background noise.\n\nA full charge gives up to 30 hours of listening with noise cancellation on, and a 3-minute quick charge gives about 3 hours of playback. The headphones can connect over Bluetooth to two devices at once.',
        specifications: [
          { label: 'Type', value: 'Over-ear, closed-back' },
          { label: 'Noise cancellation', value: 'Active (ANC)' },
          { label: 'Battery life', value: 'Up to 30 h (ANC on)' },
          { label: 'Connection', value: 'Bluetooth 5.2, 3.5 mm cable' },
          { label: 'Weight', value: 'About 250 g' },
        ],
        imageAlt: 'Black Sony WH-1000XM5 headphones seen from the side',
      },
      zh: {
        name: '索尼 WH-1000XM5',
        slug: 'sony-wh-1000xm5',
        shortDescription: '无线头戴式耳机，降噪效果出色，通话清晰，续航最长可达 30 小时。',
        description:
          'WH-1000XM5 配备八个麦克风和两颗处理器进行降噪，飞机引擎的轰鸣声或开放式办公室里的交谈声都会退到背景中。自动降噪优化功能会根据周围环境自动调节降噪效果。\n\n轻盈的头梁和柔软的人造皮革耳垫，长时间佩戴依然舒适。通话时，精准的拾音技术能将你的声音与背景噪音区分开来。\n\n充满电后开启降噪可连续聆听最长 30 小时，快充 3 分钟可播放约 3 小时。耳机支持通过蓝牙同时连接两台设备。',
        specifications: [
          { label: '类型', value: '头戴式，封闭式' },
          { label: '降噪', value: '主动降噪（ANC）' },
          { label: '续航', value: '最长 30 小时（开启降噪）' },
          { label: '连接方式', value: '蓝牙 5.2、3.5 毫米音频线' },
          { label: '重量', value: '约 250 克' },
        ],
        imageAlt: '黑色索尼 WH-1000XM5 头戴式耳机侧面图',
      },
    },
  },
  {
    key: 'airpods-pro-2',
    sku: 'APP2-001',
    categoryKey: 'audio-headphones',
    brand: 'Apple',
    priceCents: 27900,
    stock: 45,
    featured: true,
    taxClass: 'standard',
    shape: 'earbuds',
    text: {
      fi: {
        name: 'AirPods Pro (2. sukupolvi)',
        slug: 'airpods-pro-2',
        shortDescription:
          'Applen nappikuulokkeet, joissa on aktiivinen vastamelu, mukautuva ääni ja USB-C-liitännällä varustettu MagSafe-latauskotelo.',
        description:
          'AirPods Pro (2. sukupolvi) vaimentavat Applen mukaan jopa kaksi kertaa enemmän melua kuin ensimmäinen sukupolvi. Läpikuuluvuustilassa kuulet ympäristösi silloin, kun tarvitset, ja mukautuva ääni yhdistää nämä kaksi automaattisesti ympäristön muuttuessa.\n\nMukana on silikonikärjet neljässä eri koossa, joten sopivan istuvuuden löytää helposti. Äänenvoimakkuutta säädetään pyyhkäisemällä vartta, ja sekä kuulokkeet että kotelo kestävät pölyä, hikeä ja vettä (IP54).\n\nKuulokkeet soivat yhdellä latauksella jopa 6 tuntia vastamelu päällä, ja MagSafe-kotelon kanssa kokonaiskuunteluaika on jopa 30 tuntia. Koteloa voi ladata USB-C-kaapelilla, MagSafe-laturilla, Qi-laturilla tai Apple Watchin laturilla.',
        specifications: [
          { label: 'Vastamelu', value: 'aktiivinen (ANC), läpikuuluvuustila' },
          { label: 'Siru', value: 'Apple H2' },
          { label: 'Akunkesto', value: 'jopa 6 h, kotelon kanssa jopa 30 h' },
          { label: 'Kotelon lataus', value: 'USB-C, MagSafe, Qi' },
          { label: 'Vesitiiviys', value: 'IP54' },
        ],
        imageAlt: 'Valkoiset AirPods Pro -kuulokkeet avatun latauskotelon vieressä',
      },
      sv: {
        name: 'AirPods Pro (andra generationen)',
        slug: 'airpods-pro-2',
        shortDescription:
          'Apples in-ear-lurar med aktiv brusreducering, adaptivt ljud och MagSafe-laddningsetui med USB-C.',
        description:
          'AirPods Pro (andra generationen) dämpar enligt Apple upp till dubbelt så mycket buller som första generationen. I transparensläget hör du omgivningen när du behöver, och adaptivt ljud blandar de två automatiskt när omgivningen förändras.\n\nI förpackningen finns silikontoppar i fyra storlekar så att du hittar en bra passform. Volymen justeras genom att dra med fingret på skaftet, och både lurarna och etuiet tål damm, svett och vatten (IP54).\n\nLurarna spelar i upp till 6 timmar per laddning med brusreducering på, och med MagSafe-etuiet blir den totala lyssningstiden upp till 30 timmar. Etuiet laddas med USB-C, på en MagSafe-laddare, en Qi-laddare eller med en laddare för Apple Watch.',
        specifications: [
          { label: 'Brusreducering', value: 'aktiv (ANC), transparensläge' },
          { label: 'Chip', value: 'Apple H2' },
          { label: 'Batteritid', value: 'upp till 6 h, upp till 30 h med etuiet' },
          { label: 'Laddning av etui', value: 'USB-C, MagSafe, Qi' },
          { label: 'Vattentålighet', value: 'IP54' },
        ],
        imageAlt: 'Vita AirPods Pro bredvid det öppna laddningsetuiet',
      },
      en: {
        name: 'AirPods Pro (2nd generation)',
        slug: 'airpods-pro-2',
        shortDescription:
          'Apple’s earbuds with active noise cancellation, Adaptive Audio and a MagSafe charging case with USB-C.',
        description:
          'According to Apple, AirPods Pro (2nd generation) cancel up to twice as much noise as the first generation. Transparency mode lets you hear your surroundings when you need to, and Adaptive Audio blends the two automatically as your environment changes.\n\nSilicone ear tips in four sizes are included, so you can find a good fit. You adjust the volume with a swipe on the stem, and both the earbuds and the case are dust, sweat and water resistant (IP54).\n\nThe earbuds play for up to 6 hours on a charge with noise cancellation on, and the MagSafe case brings the total listening time to up to 30 hours. The case charges over USB-C, on a MagSafe charger, on a Qi charger or with an Apple Watch charger.',
        specifications: [
          { label: 'Noise cancellation', value: 'Active (ANC), Transparency mode' },
          { label: 'Chip', value: 'Apple H2' },
          { label: 'Battery life', value: 'Up to 6 h, up to 30 h with the case' },
          { label: 'Case charging', value: 'USB-C, MagSafe, Qi' },
          { label: 'Water resistance', value: 'IP54' },
        ],
        imageAlt: 'White AirPods Pro earbuds next to their open charging case',
      },
      zh: {
        name: 'AirPods Pro（第二代）',
        slug: 'airpods-pro-2',
        shortDescription: 'Apple 入耳式耳机，支持主动降噪和自适应音频，配备 USB-C 接口的 MagSafe 充电盒。',
        description:
          '据 Apple 介绍，AirPods Pro（第二代）的主动降噪能力最高可达第一代的两倍。通透模式让你在需要时听清周围的声音，自适应音频则会随环境变化自动在两者之间调节。\n\n随附四种尺寸的硅胶耳塞套，便于找到贴合的佩戴感。轻扫耳机柄即可调节音量，耳机和充电盒均具备 IP54 级防尘、抗汗抗水性能。\n\n开启降噪时单次充电最长可聆听 6 小时，搭配 MagSafe 充电盒总聆听时间最长可达 30 小时。充电盒支持 USB-C 线缆、MagSafe 充电器、Qi 充电器或 Apple Watch 充电器充电。',
        specifications: [
          { label: '降噪', value: '主动降噪、通透模式' },
          { label: '芯片', value: 'Apple H2' },
          { label: '续航', value: '单次最长 6 小时，配合充电盒最长 30 小时' },
          { label: '充电盒充电方式', value: 'USB-C、MagSafe、Qi' },
          { label: '防水等级', value: 'IP54' },
        ],
        imageAlt: '白色 AirPods Pro 耳机与打开的充电盒',
      },
    },
  },
  {
    key: 'sony-alpha-a7-iv',
    sku: 'SONY-A7IV-001',
    categoryKey: 'cameras-photography',
    brand: 'Sony',
    priceCents: 249900,
    stock: 8,
    featured: false,
    taxClass: 'standard',
    lowStockThreshold: 3,
    shape: 'camera',
    text: {
      fi: {
        name: 'Sony Alpha 7 IV',
        slug: 'sony-alpha-7-iv',
        shortDescription:
          'Täyskennoinen 33 megapikselin järjestelmäkameran runko still-kuvaukseen ja 4K-videoon luotettavalla silmätarkennuksella.',
        description:
          'Alpha 7 IV on monipuolinen täyskennokamera kuvaajalle, joka kuvaa myös videota. 33 megapikselin Exmor R -kenno tallentaa runsaasti yksityiskohtia rajaamista ja suuria vedoksia varten, ja BIONZ XR -kuvaprosessori pitää kameran nopeana.\n\nReaaliaikainen silmätarkennus seuraa ihmisten, eläinten ja lintujen silmiä, joten tarkennus pysyy oikeassa kohdassa, vaikka kohde liikkuisi. Viisiakselinen kennovakain helpottaa käsivaralta kuvaamista hämärässä.\n\nVideota kamera tallentaa 4K-tarkkuudella jopa 60p-kuvanopeudella, ja kääntyvä näyttö on kätevä vloggaukseen ja erikoisista kulmista kuvaamiseen. Myydään pelkkänä runkona, ja se on yhteensopiva Sonyn E-kiinnitteisten objektiivien kanssa.',
        specifications: [
          { label: 'Kenno', value: '33 MP, täyskenno, Exmor R' },
          { label: 'Video', value: '4K, jopa 60p' },
          { label: 'Kuvanvakain', value: '5-akselinen kennovakain' },
          { label: 'Objektiivikiinnitys', value: 'Sony E' },
          { label: 'Paino', value: 'noin 658 g (akun ja kortin kanssa)' },
        ],
        imageAlt: 'Musta Sony Alpha 7 IV -kameran runko viistosti edestä kuvattuna',
      },
      sv: {
        name: 'Sony Alpha 7 IV',
        slug: 'sony-alpha-7-iv',
        shortDescription:
          'Fullformatskamerahus på 33 MP för både stillbilder och 4K-video, med pålitlig ögonautofokus.',
        description:
          'Alpha 7 IV är en allroundkamera i fullformat för fotografer som även filmar. Exmor R-sensorn på 33 MP ger gott om detaljer för beskärning och stora utskrifter, och BIONZ XR-processorn gör kameran snabb.\n\nÖgonautofokus i realtid följer ögonen på människor, djur och fåglar, så att skärpan ligger rätt även när motivet rör sig. Den inbyggda 5-axliga bildstabiliseringen hjälper när du fotograferar på fri hand i svagt ljus.\n\nVideo spelas in i 4K i upp till 60p, och den vinklingsbara skärmen är praktisk för vloggar och ovanliga vinklar. Säljs som kamerahus utan objektiv och passar Sonys objektiv med E-fattning.',
        specifications: [
          { label: 'Sensor', value: '33 MP fullformat, Exmor R' },
          { label: 'Video', value: '4K, upp till 60p' },
          { label: 'Bildstabilisering', value: '5-axlig, i kamerahuset' },
          { label: 'Objektivfattning', value: 'Sony E' },
          { label: 'Vikt', value: 'cirka 658 g (med batteri och kort)' },
        ],
        imageAlt: 'Svart Sony Alpha 7 IV-kamerahus snett framifrån',
      },
      en: {
        name: 'Sony Alpha 7 IV',
        slug: 'sony-alpha-7-iv',
        shortDescription:
          'A 33 MP full-frame mirrorless camera with reliable eye autofocus for both stills and 4K video, sold as body only.',
        description:
          'The Alpha 7 IV is an all-round full-frame camera for photographers who also shoot video. The 33 MP Exmor R sensor gives plenty of detail for cropping and large prints, and the BIONZ XR processor keeps the camera responsive.\n\nReal-time Eye AF tracks the eyes of people, animals and birds, so focus stays where it should even when the subject moves. In-body 5-axis image stabilisation helps with handheld shooting in low light.\n\nFor video, the camera records 4K at up to 60p, and the vari-angle screen is handy for vlogging and shooting from unusual angles. Sold as body only and compatible with Sony E-mount lenses.',
        specifications: [
          { label: 'Sensor', value: '33 MP full-frame Exmor R' },
          { label: 'Video', value: '4K up to 60p' },
          { label: 'Stabilisation', value: '5-axis in-body' },
          { label: 'Lens mount', value: 'Sony E' },
          { label: 'Weight', value: 'About 658 g (with battery and card)' },
        ],
        imageAlt: 'A black Sony Alpha 7 IV camera body seen from the front at an angle',
      },
      zh: {
        name: '索尼 Alpha 7 IV',
        slug: 'sony-alpha-7-iv',
        shortDescription: '3300 万像素全画幅无反相机机身，实时眼部对焦可靠，照片和 4K 视频兼顾。',
        description:
          'Alpha 7 IV 是一款全能型全画幅相机，适合同时拍摄照片和视频的用户。3300 万像素 Exmor R 影像传感器提供丰富的细节，便于后期裁切和大尺寸输出；BIONZ XR 影像处理器让相机反应迅速。\n\n实时眼部对焦可追踪人物、动物和鸟类的眼睛，即使拍摄对象移动，焦点也能保持准确。机身内置五轴防抖，在弱光环境下手持拍摄更稳定。\n\n视频方面，可录制最高 60p 的 4K 视频；可翻转屏幕便于拍摄 Vlog 和以特殊角度取景。本商品为单机身，不含镜头，兼容索尼 E 卡口镜头。',
        specifications: [
          { label: '传感器', value: '3300 万像素全画幅 Exmor R' },
          { label: '视频', value: '4K，最高 60p' },
          { label: '防抖', value: '机身五轴防抖' },
          { label: '镜头卡口', value: '索尼 E 卡口' },
          { label: '重量', value: '约 658 克（含电池和存储卡）' },
        ],
        imageAlt: '黑色索尼 Alpha 7 IV 相机机身斜前方视图',
      },
    },
  },
  {
    key: 'canon-eos-r6-ii',
    sku: 'CAM-CR6-001',
    categoryKey: 'cameras-photography',
    brand: 'Canon',
    priceCents: 229900,
    stock: 6,
    featured: false,
    taxClass: 'standard',
    lowStockThreshold: 3,
    shape: 'camera',
    text: {
      fi: {
        name: 'Canon EOS R6 Mark II',
        slug: 'canon-eos-r6-mark-ii',
        shortDescription:
          'Nopea 24,2 megapikselin täyskennoinen järjestelmäkamera toimintaan, tapahtumiin ja videokuvaukseen, myydään pelkkänä runkona.',
        description:
          'EOS R6 Mark II on tehty tilanteisiin, joissa asiat tapahtuvat nopeasti. Se kuvaa jopa 40 kuvaa sekunnissa elektronisella suljimella ja 12 kuvaa sekunnissa mekaanisella suljimella, joten ratkaiseva hetki tallentuu niin urheilussa, luontokuvauksessa kuin tapahtumissakin.\n\n24,2 megapikselin täyskenno suoriutuu hyvin hämärässä, ja Dual Pixel CMOS AF II -tarkennus tunnistaa ja seuraa ihmisiä, eläimiä ja ajoneuvoja. Kennovakain vaimentaa tärinää jopa 8 aukon verran yhteensopivien objektiivien kanssa.\n\nVideo tallentuu 4K-tarkkuudella jopa 60p-nopeudella ilman rajausta, 6K-kuvasta ylinäytteistettynä. Kamerassa käytetään Canonin RF-objektiiveja, ja EF-objektiivit toimivat adapterin kautta.',
        specifications: [
          { label: 'Kenno', value: '24,2 MP, täyskenno CMOS' },
          { label: 'Sarjakuvaus', value: 'jopa 40 kuvaa/s (elektroninen), 12 kuvaa/s (mekaaninen)' },
          { label: 'Video', value: '4K, jopa 60p' },
          { label: 'Objektiivikiinnitys', value: 'Canon RF' },
          { label: 'Paino', value: 'noin 670 g (akun ja kortin kanssa)' },
        ],
        imageAlt: 'Musta Canon EOS R6 Mark II -kameran runko, objektiivikiinnitys näkyvissä',
      },
      sv: {
        name: 'Canon EOS R6 Mark II',
        slug: 'canon-eos-r6-mark-ii',
        shortDescription: 'Snabb fullformatskamera på 24,2 MP för action, evenemang och video, säljs som kamerahus.',
        description:
          'EOS R6 Mark II är gjord för situationer där det händer mycket på kort tid. Den tar upp till 40 bilder per sekund med elektronisk slutare och 12 bilder per sekund med mekanisk slutare, så att du fångar det avgörande ögonblicket inom sport, naturfoto och på evenemang.\n\nFullformatssensorn på 24,2 MP klarar svagt ljus bra, och Dual Pixel CMOS AF II känner igen och följer människor, djur och fordon. Bildstabiliseringen i kamerahuset ger upp till 8 stegs stabilisering med kompatibla objektiv.\n\nVideo spelas in i 4K i upp till 60p utan beskärning, översamplad från 6K. Kameran använder Canons RF-objektiv, och EF-objektiv fungerar med adapter.',
        specifications: [
          { label: 'Sensor', value: '24,2 MP fullformat CMOS' },
          { label: 'Serietagning', value: 'upp till 40 bilder/s (elektronisk), 12 bilder/s (mekanisk)' },
          { label: 'Video', value: '4K, upp till 60p' },
          { label: 'Objektivfattning', value: 'Canon RF' },
          { label: 'Vikt', value: 'cirka 670 g (med batteri och kort)' },
        ],
        imageAlt: 'Svart Canon EOS R6 Mark II-kamerahus med objektivfattningen synlig',
      },
      en: {
        name: 'Canon EOS R6 Mark II',
        slug: 'canon-eos-r6-mark-ii',
        shortDescription:
          'A fast 24.2 MP full-frame mirrorless camera for action, events and video, sold as body only.',
        description:
          'The EOS R6 Mark II is made for situations where things happen quickly. It shoots up to 40 frames per second with the electronic shutter and 12 frames per second with the mechanical shutter, so you can catch the decisive moment in sport, wildlife and at events.\n\nThe 24.2 MP full-frame sensor performs well in low light, and Dual Pixel CMOS AF II recognises and tracks people, animals and vehicles. In-body image stabilisation gives up to 8 stops of shake correction with compatible lenses.\n\nVideo is recorded in 4K at up to 60p without cropping, oversampled from 6K. The camera takes Canon RF lenses, and EF lenses work with an adapter.',
        specifications: [
          { label: 'Sensor', value: '24.2 MP full-frame CMOS' },
          { label: 'Continuous shooting', value: 'Up to 40 fps (electronic), 12 fps (mechanical)' },
          { label: 'Video', value: '4K up to 60p' },
          { label: 'Lens mount', value: 'Canon RF' },
          { label: 'Weight', value: 'About 670 g (with battery and card)' },
        ],
        imageAlt: 'A black Canon EOS R6 Mark II camera body with the lens mount visible',
      },
      zh: {
        name: '佳能 EOS R6 Mark II',
        slug: 'canon-eos-r6-mark-ii',
        shortDescription: '2420 万像素全画幅无反相机，连拍迅速，适合运动、活动和视频拍摄，单机身销售。',
        description:
          'EOS R6 Mark II 专为瞬息万变的拍摄场景而设计。电子快门连拍最高可达每秒 40 张，机械快门每秒 12 张，无论是体育、野生动物还是活动现场，都能抓住决定性瞬间。\n\n2420 万像素全画幅传感器在弱光下表现出色，全像素双核 CMOS AF II 对焦系统可识别并追踪人物、动物和交通工具。机身防抖配合兼容镜头最高可达 8 级防抖效果。\n\n可录制最高 60p 的 4K 视频，由 6K 超采样且无裁切。相机使用佳能 RF 卡口镜头，EF 镜头可通过转接环使用。',
        specifications: [
          { label: '传感器', value: '2420 万像素全画幅 CMOS' },
          { label: '连拍速度', value: '最高 40 张/秒（电子快门）、12 张/秒（机械快门）' },
          { label: '视频', value: '4K，最高 60p' },
          { label: '镜头卡口', value: '佳能 RF 卡口' },
          { label: '重量', value: '约 670 克（含电池和存储卡）' },
        ],
        imageAlt: '黑色佳能 EOS R6 Mark II 相机机身，可见镜头卡口',
      },
    },
  },
  {
    key: 'playstation-5',
    sku: 'PS5-001',
    categoryKey: 'gaming',
    brand: 'Sony',
    priceCents: 49900,
    stock: 10,
    featured: true,
    taxClass: 'standard',
    shape: 'console',
    text: {
      fi: {
        name: 'PlayStation 5',
        slug: 'playstation-5',
        shortDescription:
          'Sonyn PlayStation 5 -pelikonsoli, jossa on erittäin nopea SSD-levy, 4K-pelaaminen ja langaton DualSense-ohjain.',
        description:
          'PlayStation 5 lataa pelit nopeasti SSD-levynsä ansiosta, joten odottelu jää vähemmälle ja pelaamiselle jää enemmän aikaa. Konsoli tukee 4K-kuvaa, HDR:ää ja jopa 120 kuvaa sekunnissa sitä tukevissa peleissä.\n\nMukana tulevan langattoman DualSense-ohjaimen haptinen palaute ja mukautuvat liipaisimet välittävät pelin tuntuman käsiin: jousen jänteen kireyden tai eron soran ja mudan välillä. Sisäänrakennetun mikrofonin ansiosta voit jutella ilman kuulokemikrofonia.\n\nTässä mallissa on levyasema Ultra HD Blu-ray -levyille ja fyysisille PS5-peleille sekä 1 TB tallennustilaa. Useimpia PS4-pelejä voi pelata myös PS5:llä.',
        specifications: [
          { label: 'Tallennustila', value: '1 TB SSD' },
          { label: 'Kuva', value: 'jopa 4K, HDR' },
          { label: 'Levyasema', value: 'Ultra HD Blu-ray' },
          { label: 'Pakkauksen sisältö', value: 'DualSense-ohjain, HDMI-, virta- ja USB-kaapeli' },
        ],
        imageAlt: 'Valkoinen pystyasentoon asetettu PlayStation 5 -konsoli ja DualSense-ohjain',
      },
      sv: {
        name: 'PlayStation 5',
        slug: 'playstation-5',
        shortDescription:
          'Sonys PlayStation 5 med blixtsnabb SSD, 4K-spel och den trådlösa handkontrollen DualSense.',
        description:
          'PlayStation 5 laddar spel snabbt tack vare sin SSD, så att du väntar mindre och spelar mer. Konsolen stöder 4K, HDR och upp till 120 bilder per sekund i spel som har stöd för det.\n\nDen medföljande trådlösa handkontrollen DualSense har haptisk återkoppling och adaptiva avtryckare som låter dig känna spelet: spänningen i en bågsträng eller skillnaden mellan grus och lera. Tack vare den inbyggda mikrofonen kan du prata utan headset.\n\nDen här modellen har en skivenhet för Ultra HD Blu-ray och fysiska PS5-spel samt 1 TB lagring. De flesta PS4-spel går också att spela på PS5.',
        specifications: [
          { label: 'Lagring', value: '1 TB SSD' },
          { label: 'Upplösning', value: 'upp till 4K, HDR' },
          { label: 'Skivenhet', value: 'Ultra HD Blu-ray' },
          { label: 'I förpackningen', value: 'DualSense-handkontroll, HDMI-, ström- och USB-kabel' },
        ],
        imageAlt: 'Vit PlayStation 5 stående upprätt bredvid en DualSense-handkontroll',
      },
      en: {
        name: 'PlayStation 5',
        slug: 'playstation-5',
        shortDescription:
          'Sony’s PlayStation 5 console with an ultra-fast SSD, 4K gaming and the DualSense wireless controller.',
        description:
          'PlayStation 5 loads games quickly thanks to its fast SSD, so you spend less time waiting and more time playing. The console supports 4K output, HDR and up to 120 frames per second in games that support it.\n\nThe included DualSense wireless controller has haptic feedback and adaptive triggers that let you feel the game: the tension of a bowstring or the difference between gravel and mud. The built-in microphone lets you chat without a headset.\n\nThis model has a disc drive for Ultra HD Blu-ray discs and physical PS5 games, and 1 TB of storage. Most PS4 games can also be played on the PS5.',
        specifications: [
          { label: 'Storage', value: '1 TB SSD' },
          { label: 'Resolution', value: 'Up to 4K, HDR' },
          { label: 'Disc drive', value: 'Ultra HD Blu-ray' },
          { label: 'In the box', value: 'DualSense controller, HDMI, power and USB cables' },
        ],
        imageAlt: 'A white PlayStation 5 console standing upright next to a DualSense controller',
      },
      zh: {
        name: 'PlayStation 5',
        slug: 'playstation-5',
        shortDescription: '索尼 PlayStation 5 游戏主机，配备超高速固态硬盘，支持 4K 游戏，附带 DualSense 无线控制器。',
        description:
          'PlayStation 5 凭借高速固态硬盘，游戏加载迅速，少等待，多游玩。主机支持 4K 画面输出和 HDR，在支持的游戏中最高可达每秒 120 帧。\n\n随附的 DualSense 无线控制器拥有触觉反馈和自适应扳机，让你亲手感受游戏：拉弓时弓弦的张力，或是碎石路与泥地的不同触感。内置麦克风，无需耳麦即可语音聊天。\n\n本款配备光驱，可播放 Ultra HD 蓝光光盘和 PS5 实体游戏，内置 1 TB 存储空间。大多数 PS4 游戏也可在 PS5 上运行。',
        specifications: [
          { label: '存储', value: '1 TB 固态硬盘' },
          { label: '分辨率', value: '最高 4K，支持 HDR' },
          { label: '光驱', value: 'Ultra HD 蓝光光驱' },
          { label: '包装清单', value: 'DualSense 无线控制器、HDMI 线、电源线、USB 线' },
        ],
        imageAlt: '竖直摆放的白色 PlayStation 5 主机和 DualSense 控制器',
      },
    },
  },
  {
    key: 'nintendo-switch-oled',
    sku: 'NSW-OLED-001',
    categoryKey: 'gaming',
    brand: 'Nintendo',
    priceCents: 34900,
    stock: 22,
    featured: false,
    taxClass: 'standard',
    shape: 'console',
    text: {
      fi: {
        name: 'Nintendo Switch (OLED-malli)',
        slug: 'nintendo-switch-oled',
        shortDescription:
          'Nintendo Switch, jossa on 7 tuuman OLED-näyttö, leveä säädettävä tukijalka ja 64 GB sisäistä tallennustilaa.',
        description:
          'OLED-mallissa Nintendo Switchissä on suurempi 7 tuuman OLED-näyttö, jonka värit ovat eloisat ja mustat syvät niin käsikonsoli- kuin pöytätilassakin. Leveä ja säädettävä tukijalka pitää konsolin vakaasti pöydällä, kun pelaat kavereiden kanssa.\n\nKonsoli vaihtuu hetkessä TV-, pöytä- ja käsikonsolitilan välillä: nosta se telakasta ja jatka siitä, mihin jäit. Telakassa on LAN-portti vakaata verkkoyhteyttä varten.\n\n64 GB:n sisäistä tallennustilaa voi laajentaa microSD-kortilla. Mukana tulee kaksi Joy-Con-ohjainta, joten kaksi pelaajaa pääsee aloittamaan heti.',
        specifications: [
          { label: 'Näyttö', value: '7" OLED, 1280 × 720' },
          { label: 'Tallennustila', value: '64 GB, laajennettavissa microSD-kortilla' },
          { label: 'Akunkesto', value: 'noin 4,5–9 h pelistä riippuen' },
          { label: 'Paino', value: 'noin 420 g Joy-Con-ohjainten kanssa' },
          { label: 'Pakkauksen sisältö', value: 'telakka LAN-portilla, 2 Joy-Con-ohjainta, Joy-Con-pidike, kaapelit' },
        ],
        imageAlt: 'Nintendo Switch OLED-malli valkoisilla Joy-Con-ohjaimilla tukijalkansa varassa',
      },
      sv: {
        name: 'Nintendo Switch (OLED-modell)',
        slug: 'nintendo-switch-oled',
        shortDescription:
          'Nintendo Switch med 7-tums OLED-skärm, brett justerbart stöd och 64 GB internt lagringsutrymme.',
        description:
          'OLED-modellen ger Nintendo Switch en större OLED-skärm på 7 tum med livfulla färger och djup svärta, både i handhållet läge och i bordsläge. Det breda, justerbara stödet håller konsolen stadigt på bordet när du spelar med kompisar.\n\nKonsolen växlar mellan tv-läge, bordsläge och handhållet läge på ett ögonblick: lyft den ur dockan och fortsätt där du slutade. Dockan har en LAN-port för en stabil internetanslutning.\n\nDet interna lagringsutrymmet på 64 GB kan byggas ut med ett microSD-kort. Två Joy-Con-kontroller ingår, så två spelare kan sätta igång direkt.',
        specifications: [
          { label: 'Skärm', value: '7" OLED, 1280 × 720' },
          { label: 'Lagring', value: '64 GB, kan byggas ut med microSD' },
          { label: 'Batteritid', value: 'cirka 4,5–9 h beroende på spel' },
          { label: 'Vikt', value: 'cirka 420 g med Joy-Con' },
          { label: 'Ingår', value: 'docka med LAN-port, två Joy-Con, Joy-Con-grepp, kablar' },
        ],
        imageAlt: 'Nintendo Switch OLED-modell med vita Joy-Con-kontroller, uppställd på sitt stöd',
      },
      en: {
        name: 'Nintendo Switch – OLED Model',
        slug: 'nintendo-switch-oled',
        shortDescription:
          'The Nintendo Switch with a 7-inch OLED screen, a wide adjustable stand and 64 GB of internal storage.',
        description:
          'The OLED Model gives the Nintendo Switch a larger 7-inch OLED screen, with vivid colours and deep blacks in handheld and tabletop mode. The wide, adjustable stand keeps the console steady on a table when you play with friends.\n\nThe console switches between TV mode, tabletop mode and handheld mode in a moment: lift it out of the dock and carry on where you left off. The dock has a wired LAN port for a stable online connection.\n\nThe 64 GB of internal storage can be expanded with a microSD card. Two Joy-Con controllers are included, so two players can get started straight away.',
        specifications: [
          { label: 'Screen', value: '7" OLED, 1280 × 720' },
          { label: 'Storage', value: '64 GB, expandable with microSD' },
          { label: 'Battery life', value: 'About 4.5–9 h depending on the game' },
          { label: 'Weight', value: 'About 420 g with Joy-Con attached' },
          { label: 'In the box', value: 'Dock with LAN port, two Joy-Con, Joy-Con grip, cables' },
        ],
        imageAlt: 'A Nintendo Switch OLED Model with white Joy-Con controllers, standing on its stand',
      },
      zh: {
        name: 'Nintendo Switch（OLED 版）',
        slug: 'nintendo-switch-oled',
        shortDescription: '任天堂 Switch OLED 版，配备 7 英寸 OLED 屏幕、可调节宽支架和 64 GB 内置存储。',
        description:
          'OLED 版为 Nintendo Switch 带来了更大的 7 英寸 OLED 屏幕，无论是掌机模式还是桌面模式，色彩都鲜艳生动，黑色深邃。宽大的可调节支架能让主机稳稳立在桌面上，方便和朋友一起游玩。\n\n主机可在电视模式、桌面模式和掌机模式之间快速切换：从底座上取下主机，就能从上次中断的地方继续游戏。底座配有有线网络接口，联网更稳定。\n\n64 GB 内置存储可通过 microSD 卡扩展。随附两个 Joy-Con 手柄，两位玩家可以立即开玩。',
        specifications: [
          { label: '屏幕', value: '7 英寸 OLED，1280 × 720' },
          { label: '存储', value: '64 GB，可用 microSD 卡扩展' },
          { label: '续航', value: '约 4.5–9 小时（视游戏而定）' },
          { label: '重量', value: '约 420 克（含 Joy-Con）' },
          { label: '包装清单', value: '带有线网络接口的底座、两个 Joy-Con、Joy-Con 握把、线缆' },
        ],
        imageAlt: '装有白色 Joy-Con 手柄的 Nintendo Switch OLED 版，立在支架上',
      },
    },
  },
