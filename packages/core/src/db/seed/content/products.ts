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
        shortDescription:
          '搭载 Apple M3 系列芯片和 Liquid Retina XDR 显示屏的 16 英寸高性能笔记本，专为高强度创意工作打造。',
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
        shortDescription:
          '15.6 英寸 Windows 笔记本电脑，搭载英特尔酷睿 i7 处理器，铝合金机身轻薄坚固，适合办公与创作。',
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
        shortDescription:
          '人体工学无线鼠标，按键静音，8000 DPI 传感器在玻璃表面也能使用，配备 MagSpeed 电磁滚轮。',
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
        shortDescription:
          'iPhone 15 Pro with a titanium design, the A17 Pro chip, a 48 MP main camera and USB-C.',
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
        imageAlt:
          'An obsidian black Google Pixel 8 Pro seen from the back, with the camera bar across the top',
      },
      zh: {
        name: 'Google Pixel 8 Pro',
        slug: 'google-pixel-8-pro',
        shortDescription:
          '谷歌 Pixel 8 Pro，配备 6.7 英寸屏幕、Tensor G3 芯片和多功能三摄系统，并提供七年系统更新。',
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
        shortDescription:
          'Snabb fullformatskamera på 24,2 MP för action, evenemang och video, säljs som kamerahus.',
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
        shortDescription:
          '索尼 PlayStation 5 游戏主机，配备超高速固态硬盘，支持 4K 游戏，附带 DualSense 无线控制器。',
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
          {
            label: 'Pakkauksen sisältö',
            value: 'telakka LAN-portilla, 2 Joy-Con-ohjainta, Joy-Con-pidike, kaapelit',
          },
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
  {
    key: 'ergonomic-office-chair',
    sku: 'CHAIR-ERG-001',
    categoryKey: 'furniture',
    brand: null,
    priceCents: 29900,
    previousPriceCents: 39900,
    stock: 12,
    featured: false,
    taxClass: 'standard',
    shape: 'chair',
    text: {
      fi: {
        name: 'Ergonominen työtuoli',
        slug: 'ergonominen-tyotuoli',
        shortDescription:
          'Työtuoli säädettävällä ristiselän tuella, 3D-käsinojilla ja hengittävällä verkkoselkänojalla pitkiin päiviin työpöydän ääressä.',
        description:
          'Tämä ergonominen työtuoli on suunniteltu niille, jotka istuvat työpöydän ääressä suurimman osan päivästä. Hengittävä verkkoselkänoja myötäilee selkärangan muotoa, ja erikseen säädettävä ristiselän tuki auttaa pitämään hyvän asennon.\n\nIstuinkorkeutta, istuinsyvyyttä, käsinojien korkeutta ja kulmaa sekä selkänojan jousitusta voi säätää, joten tuolin saa sopimaan erikokoisille käyttäjille. Synkronimekanismi liikuttaa istuinta ja selkänojaa yhdessä, kun nojaat taaksepäin, ja sen voi lukita neljään asentoon.\n\nTuolissa on kevyesti rullaavat pyörät, jotka sopivat sekä koville lattioille että matoille. Kokoaminen mukana tulevilla työkaluilla vie noin 20 minuuttia.',
        specifications: [
          { label: 'Istuinkorkeus', value: '45–55 cm' },
          { label: 'Enimmäiskäyttäjäpaino', value: '120 kg' },
          { label: 'Selkänoja', value: 'verkkokangas, säädettävä ristiselän tuki' },
          { label: 'Käsinojat', value: '3D-säädettävät' },
          { label: 'Paino', value: '17 kg' },
        ],
        imageAlt: 'Musta ergonominen työtuoli verkkoselkänojalla viistosti edestä kuvattuna',
      },
      sv: {
        name: 'Ergonomisk kontorsstol',
        slug: 'ergonomisk-kontorsstol',
        shortDescription:
          'Kontorsstol med justerbart svankstöd, 3D-armstöd och andningsbar ryggdel i nät för långa dagar vid skrivbordet.',
        description:
          'Den här ergonomiska kontorsstolen är gjord för dig som sitter vid skrivbordet större delen av dagen. Den andningsbara nätryggen följer ryggradens form, och det separat justerbara svankstödet hjälper dig att hålla en bra hållning.\n\nSitthöjd, sittdjup, armstödens höjd och vinkel samt ryggstödets motstånd går att justera, så stolen kan ställas in för olika kroppstyper. Synkronmekanismen gör att sits och ryggstöd följer med varandra när du lutar dig bakåt, och den kan låsas i fyra lägen.\n\nStolen har lättrullande hjul som passar både hårda golv och mattor. Monteringen tar cirka 20 minuter med de medföljande verktygen.',
        specifications: [
          { label: 'Sitthöjd', value: '45–55 cm' },
          { label: 'Max. användarvikt', value: '120 kg' },
          { label: 'Ryggstöd', value: 'nät, justerbart svankstöd' },
          { label: 'Armstöd', value: '3D-justerbara' },
          { label: 'Vikt', value: '17 kg' },
        ],
        imageAlt: 'Svart ergonomisk kontorsstol med nätrygg, fotograferad snett framifrån',
      },
      en: {
        name: 'Ergonomic Office Chair',
        slug: 'ergonomic-office-chair',
        shortDescription:
          'An office chair with adjustable lumbar support, 3D armrests and a breathable mesh back for long days at the desk.',
        description:
          'This ergonomic office chair is designed for people who sit at a desk for most of the day. The breathable mesh back follows the curve of your spine, and the separately adjustable lumbar support helps you keep a good posture.\n\nSeat height, seat depth, armrest height and angle, and backrest tension can all be adjusted, so the chair can be set up for different body types. The synchronous mechanism lets the seat and backrest move together when you lean back, and it locks in four positions.\n\nThe smooth-rolling castors suit both hard floors and carpets. Assembly takes about 20 minutes with the tools included.',
        specifications: [
          { label: 'Seat height', value: '45–55 cm' },
          { label: 'Max. user weight', value: '120 kg' },
          { label: 'Backrest', value: 'Mesh, adjustable lumbar support' },
          { label: 'Armrests', value: '3D adjustable' },
          { label: 'Weight', value: '17 kg' },
        ],
        imageAlt: 'A black ergonomic office chair with a mesh back, seen at an angle from the front',
      },
      zh: {
        name: '人体工学办公椅',
        slug: 'renti-gongxue-bangongyi',
        shortDescription: '配备可调节腰托、3D 扶手和透气网布靠背的办公椅，适合长时间伏案工作。',
        description:
          '这款人体工学办公椅专为每天大部分时间坐在办公桌前的人设计。透气网布靠背贴合脊柱曲线，可单独调节的腰托帮助你保持良好坐姿。\n\n座椅高度、座深、扶手高度和角度以及靠背弹力均可调节，适合不同身材的用户。同步倾仰机构让座椅和靠背在后仰时联动，并可锁定在四个位置。\n\n顺滑的脚轮适用于硬质地面和地毯。使用随附工具组装约需 20 分钟。',
        specifications: [
          { label: '座高', value: '45–55 厘米' },
          { label: '最大承重', value: '120 公斤' },
          { label: '靠背', value: '网布，可调节腰托' },
          { label: '扶手', value: '3D 可调节' },
          { label: '重量', value: '17 公斤' },
        ],
        imageAlt: '黑色网布靠背人体工学办公椅斜前方视图',
      },
    },
  },
  {
    key: 'modern-sofa',
    sku: 'SOFA-3S-001',
    categoryKey: 'furniture',
    brand: null,
    priceCents: 89900,
    stock: 8,
    featured: false,
    taxClass: 'standard',
    shape: 'sofa',
    text: {
      fi: {
        name: 'Moderni 3-istuttava sohva',
        slug: 'moderni-3-istuttava-sohva',
        shortDescription:
          'Selkeälinjainen kolmen istuttava sohva, jossa on massiivipuurunko ja irrotettavat, pehmeät kangaspäälliset.',
        description:
          'Tämän kolmen istuttavan sohvan yksinkertainen ja ajaton muoto sopii niin pieneen kaksioon kuin isompaankin olohuoneeseen. Runko on massiivimäntyä ja vaneria, ja istuintyynyissä on taskujouset ja vaahtomuovi, joten istuin on napakka mutta mukava.\n\nPäälliset ovat kestävää kudottua polyesterikangasta, ja ne voi irrottaa ja pestä 40 asteessa. Ohuet mustat metallijalat nostavat sohvan irti lattiasta, joten sen alta on helppo siivota.\n\nSohva toimitetaan kahdessa osassa ja jalat kiinnitetään ruuveilla, joten se mahtuu tavallisista ovista ja on nopea koota.',
        specifications: [
          { label: 'Mitat (L × S × K)', value: '216 × 92 × 80 cm' },
          { label: 'Istuinkorkeus', value: '45 cm' },
          { label: 'Runko', value: 'massiivimänty ja vaneri' },
          { label: 'Päällinen', value: '100 % polyesteriä, irrotettava' },
          { label: 'Väri', value: 'vaaleanharmaa' },
        ],
        imageAlt: 'Vaaleanharmaa kolmen istuttava sohva ohuilla mustilla jaloilla valoisassa olohuoneessa',
      },
      sv: {
        name: 'Modern 3-sitssoffa',
        slug: 'modern-3-sitssoffa',
        shortDescription:
          'Stilren tresitssoffa med stomme i massivt trä och avtagbar klädsel i mjukt vävt tyg.',
        description:
          'Den här tresitssoffan har en enkel, tidlös form som passar i både en liten tvåa och ett större vardagsrum. Stommen är gjord av massiv furu och plywood, och sittdynorna kombinerar pocketfjädrar med skum för en fast men bekväm sittkomfort.\n\nKlädseln är av slitstarkt vävt polyestertyg och kan tas av och tvättas i 40 °C. De smala svarta metallbenen lyfter soffan från golvet, vilket gör det enkelt att städa under den.\n\nSoffan levereras i två delar och benen skruvas fast, så den kommer in genom vanliga dörröppningar och är snabb att montera.',
        specifications: [
          { label: 'Mått (B × D × H)', value: '216 × 92 × 80 cm' },
          { label: 'Sitthöjd', value: '45 cm' },
          { label: 'Stomme', value: 'massiv furu och plywood' },
          { label: 'Klädsel', value: '100 % polyester, avtagbar' },
          { label: 'Färg', value: 'ljusgrå' },
        ],
        imageAlt: 'Ljusgrå tresitssoffa med smala svarta ben i ett ljust vardagsrum',
      },
      en: {
        name: 'Modern Three-Seater Sofa',
        slug: 'modern-three-seater-sofa',
        shortDescription:
          'A three-seater sofa with clean lines, a solid wood frame and removable covers in a soft woven fabric.',
        description:
          'This three-seater sofa has a simple, timeless shape that suits both a small flat and a larger living room. The frame is made of solid pine and plywood, and the seat cushions combine pocket springs with foam for a firm but comfortable seat.\n\nThe covers are made of a durable woven polyester fabric and can be removed and washed at 40 °C. The slim black metal legs lift the sofa off the floor, which makes cleaning underneath easy.\n\nThe sofa is delivered in two parts and the legs screw on, so it fits through ordinary doorways and is quick to put together.',
        specifications: [
          { label: 'Dimensions (W × D × H)', value: '216 × 92 × 80 cm' },
          { label: 'Seat height', value: '45 cm' },
          { label: 'Frame', value: 'Solid pine and plywood' },
          { label: 'Cover', value: '100% polyester, removable' },
          { label: 'Colour', value: 'Light grey' },
        ],
        imageAlt: 'A light grey three-seater sofa with slim black legs in a bright living room',
      },
      zh: {
        name: '现代三人沙发',
        slug: 'xiandai-sanren-shafa',
        shortDescription: '线条简洁的三人沙发，采用实木框架，柔软的织物沙发套可拆洗。',
        description:
          '这款三人沙发造型简洁、经典耐看，无论是小户型还是宽敞的客厅都很合适。框架采用实心松木和胶合板，坐垫结合独立袋装弹簧与海绵，坐感紧实而舒适。\n\n沙发套采用耐用的聚酯纤维编织面料，可拆下并以 40 °C 水温洗涤。纤细的黑色金属沙发腿将沙发抬离地面，方便清洁底部。\n\n沙发分两部分配送，沙发腿用螺丝固定，普通门洞即可搬入，组装快捷。',
        specifications: [
          { label: '尺寸（宽 × 深 × 高）', value: '216 × 92 × 80 厘米' },
          { label: '座高', value: '45 厘米' },
          { label: '框架', value: '实心松木和胶合板' },
          { label: '面料', value: '100% 聚酯纤维，可拆洗' },
          { label: '颜色', value: '浅灰色' },
        ],
        imageAlt: '明亮客厅中一张配有纤细黑色沙发腿的浅灰色三人沙发',
      },
    },
  },
  {
    key: 'standing-desk',
    sku: 'DESK-STD-001',
    categoryKey: 'furniture',
    brand: null,
    priceCents: 54900,
    previousPriceCents: 69900,
    stock: 14,
    featured: false,
    taxClass: 'standard',
    shape: 'desk',
    text: {
      fi: {
        name: 'Sähkösäätöinen työpöytä',
        slug: 'sahkosaatoinen-tyopoyta',
        shortDescription:
          'Kahdella moottorilla toimiva sähköpöytä, jossa on muistipaikoilla varustettu ohjauspaneeli ja 160 × 80 cm:n pöytälevy.',
        description:
          'Istumisen ja seisomisen vuorottelu päivän mittaan on helppoa tällä sähkösäätöisellä työpöydällä. Kaksi hiljaista moottoria nostaa ja laskee pöytälevyä tasaisesti 62 ja 127 senttimetrin välillä, ja ohjauspaneeli muistaa kolme korkeutta.\n\n160 × 80 cm:n pöytälevylle mahtuvat kaksi näyttöä, kannettava ja paperit. Teräsrunko pysyy tukevana yläasennossakin, ja törmäyksenesto pysäyttää pöydän, jos se osuu laskiessaan johonkin.\n\nPöytä toimitetaan tasapakkauksessa selkeine asennusohjeineen, ja pöytälevyn alla oleva johtokouru pitää johdot piilossa.',
        specifications: [
          { label: 'Pöytälevy', value: '160 × 80 cm' },
          { label: 'Korkeussäätö', value: '62–127 cm' },
          { label: 'Moottorit', value: '2' },
          { label: 'Enimmäiskuorma', value: '120 kg' },
          { label: 'Muistipaikat', value: '3' },
        ],
        imageAlt: 'Valkoinen sähköpöytä nostettuna seisomakorkeuteen, pöydällä kannettava tietokone',
      },
      sv: {
        name: 'Höj- och sänkbart skrivbord',
        slug: 'hoj-och-sankbart-skrivbord',
        shortDescription:
          'Elektriskt höj- och sänkbart skrivbord med två motorer, panel med minnesfunktion och en bordsskiva på 160 × 80 cm.',
        description:
          'Med det här elektriska skrivbordet är det enkelt att växla mellan att sitta och stå under dagen. Två tysta motorer höjer och sänker bordsskivan jämnt mellan 62 och 127 cm, och panelen kommer ihåg tre höjdlägen.\n\nBordsskivan på 160 × 80 cm har plats för två skärmar, en laptop och papper. Stålstativet är stabilt även i högsta läget, och klämskyddet stoppar bordet om det stöter emot något på vägen ner.\n\nSkrivbordet levereras platt förpackat med tydliga monteringsanvisningar, och en kabelränna under skivan håller sladdarna borta från synfältet.',
        specifications: [
          { label: 'Bordsskiva', value: '160 × 80 cm' },
          { label: 'Höjdintervall', value: '62–127 cm' },
          { label: 'Motorer', value: '2' },
          { label: 'Maxbelastning', value: '120 kg' },
          { label: 'Minneslägen', value: '3' },
        ],
        imageAlt: 'Vitt höj- och sänkbart skrivbord i ståhöjd med en laptop på skivan',
      },
      en: {
        name: 'Electric Standing Desk',
        slug: 'electric-standing-desk',
        shortDescription:
          'An electric height-adjustable desk with two motors, a memory keypad and a 160 × 80 cm desktop.',
        description:
          'Switching between sitting and standing during the day is easy with this electric desk. Two quiet motors raise and lower the desktop smoothly between 62 and 127 cm, and the keypad remembers three height settings.\n\nThe 160 × 80 cm desktop has room for two monitors, a laptop and papers. The steel frame stays stable even at full height, and the anti-collision feature stops the desk if it hits something on the way down.\n\nThe desk is delivered flat-packed with clear assembly instructions, and a cable tray under the desktop keeps cords out of sight.',
        specifications: [
          { label: 'Desktop', value: '160 × 80 cm' },
          { label: 'Height range', value: '62–127 cm' },
          { label: 'Motors', value: '2' },
          { label: 'Max. load', value: '120 kg' },
          { label: 'Memory positions', value: '3' },
        ],
        imageAlt: 'A white electric standing desk raised to standing height with a laptop on top',
      },
      zh: {
        name: '电动升降桌',
        slug: 'diandong-shengjiangzhuo',
        shortDescription: '双电机电动升降桌，配有带记忆功能的控制面板和 160 × 80 厘米桌面。',
        description:
          '有了这款电动升降桌，一天中在坐姿和站姿之间切换变得轻而易举。两个静音电机让桌面在 62 至 127 厘米之间平稳升降，控制面板可记忆三个高度。\n\n160 × 80 厘米的桌面可以放下两台显示器、一台笔记本电脑和文件。钢制桌架即使升到最高也依然稳固，防碰撞功能会在桌面下降遇到障碍时自动停止。\n\n桌子采用扁平包装发货，附有清晰的安装说明；桌面下方的理线槽可将线缆隐藏起来。',
        specifications: [
          { label: '桌面尺寸', value: '160 × 80 厘米' },
          { label: '升降范围', value: '62–127 厘米' },
          { label: '电机', value: '2 个' },
          { label: '最大承重', value: '120 公斤' },
          { label: '记忆高度', value: '3 个' },
        ],
        imageAlt: '升至站立高度的白色电动升降桌，桌上放着一台笔记本电脑',
      },
    },
  },
  {
    key: 'espresso-machine',
    sku: 'COFFEE-ESP-001',
    categoryKey: 'kitchen-dining',
    brand: null,
    priceCents: 44900,
    stock: 16,
    featured: true,
    taxClass: 'standard',
    shape: 'coffee',
    text: {
      fi: {
        name: 'Espressokeitin',
        slug: 'espressokeitin',
        shortDescription:
          'Kompakti espressokeitin, jossa on 15 baarin pumppu, höyryputki maidon vaahdottamiseen ja 1,8 litran vesisäiliö.',
        description:
          'Tällä espressokeittimellä valmistat kahvilatasoista kahvia kotona, eikä se vie koko työtasoa. 15 baarin pumppu ja portafiltteri auttavat saamaan tasaisen uuton, ja keitin on valmis noin minuutin kuluttua käynnistämisestä.\n\nHöyryputkella vaahdotat maidon cappuccinoihin ja latteihin, ja vähän harjoittelemalla onnistuu myös yksinkertainen latte art. Irrotettava 1,8 litran vesisäiliö on helppo täyttää hanan alla.\n\nMukana tulevat yhden ja kahden kupin suodatinkorit, tamperi ja maitokannu. Tippa-alusta ja höyryputki on helppo puhdistaa käytön jälkeen.',
        specifications: [
          { label: 'Pumpun paine', value: '15 bar' },
          { label: 'Vesisäiliö', value: '1,8 l' },
          { label: 'Teho', value: '1 450 W' },
          { label: 'Mitat (L × S × K)', value: '28 × 30 × 32 cm' },
          { label: 'Pakkauksen sisältö', value: 'portafiltteri, 2 suodatinkoria, tamperi, maitokannu' },
        ],
        imageAlt: 'Harjatusta teräksestä valmistettu espressokeitin, jonka tippa-alustalla on kaksi kuppia',
      },
      sv: {
        name: 'Espressomaskin',
        slug: 'espressomaskin',
        shortDescription:
          'Kompakt espressomaskin med pump på 15 bar, ångrör för mjölkskum och vattentank på 1,8 liter.',
        description:
          'Med den här espressomaskinen gör du kaffe av kaféklass hemma utan att den tar upp hela bänken. Pumpen på 15 bar och filterhållaren hjälper dig att få en jämn extraktion, och maskinen är redo att brygga ungefär en minut efter att du slagit på den.\n\nMed ångröret skummar du mjölk till cappuccino och latte, och med lite övning kan du hälla enkel latte art. Den löstagbara vattentanken på 1,8 liter är lätt att fylla under kranen.\n\nMaskinen levereras med filterkorgar för en och två koppar, tamper och mjölkkanna. Droppbrickan och ångröret är lätta att rengöra efter användning.',
        specifications: [
          { label: 'Pumptryck', value: '15 bar' },
          { label: 'Vattentank', value: '1,8 l' },
          { label: 'Effekt', value: '1 450 W' },
          { label: 'Mått (B × D × H)', value: '28 × 30 × 32 cm' },
          { label: 'Ingår', value: 'filterhållare, 2 filterkorgar, tamper, mjölkkanna' },
        ],
        imageAlt: 'Espressomaskin i borstat stål med filterhållare och två koppar på droppbrickan',
      },
      en: {
        name: 'Espresso Machine',
        slug: 'espresso-machine',
        shortDescription:
          'A compact espresso machine with a 15-bar pump, a steam wand for frothing milk and a 1.8-litre water tank.',
        description:
          'This espresso machine makes café-style coffee at home without taking over the whole worktop. The 15-bar pump and the portafilter help you get an even extraction, and the machine is ready to brew about a minute after you switch it on.\n\nThe steam wand froths milk for cappuccinos and lattes, and with a little practice you can pour simple latte art. The removable 1.8-litre water tank is easy to fill at the tap.\n\nThe machine comes with single and double filter baskets, a tamper and a milk jug. The drip tray and the steam wand are easy to clean after use.',
        specifications: [
          { label: 'Pump pressure', value: '15 bar' },
          { label: 'Water tank', value: '1.8 l' },
          { label: 'Power', value: '1,450 W' },
          { label: 'Dimensions (W × D × H)', value: '28 × 30 × 32 cm' },
          { label: 'In the box', value: 'Portafilter, 2 filter baskets, tamper, milk jug' },
        ],
        imageAlt: 'A brushed steel espresso machine with two cups on the drip tray',
      },
      zh: {
        name: '意式咖啡机',
        slug: 'yishi-kafeiji',
        shortDescription: '小巧的半自动意式咖啡机，配备 15 bar 泵压、打奶蒸汽棒和 1.8 升水箱。',
        description:
          '这款意式咖啡机让你在家也能做出咖啡馆水准的咖啡，而且不会占满整个台面。15 bar 泵压配合冲煮手柄，有助于获得均匀的萃取，开机约一分钟即可开始冲煮。\n\n蒸汽棒可为卡布奇诺和拿铁打发奶泡，稍加练习还能拉出简单的拉花。1.8 升可拆卸水箱直接在水龙头下即可加水。\n\n随机附带单份和双份粉碗、压粉器和拉花缸。接水盘和蒸汽棒使用后清洁方便。',
        specifications: [
          { label: '泵压', value: '15 bar' },
          { label: '水箱容量', value: '1.8 升' },
          { label: '功率', value: '1450 瓦' },
          { label: '尺寸（宽 × 深 × 高）', value: '28 × 30 × 32 厘米' },
          { label: '配件', value: '冲煮手柄、2 个粉碗、压粉器、拉花缸' },
        ],
        imageAlt: '拉丝不锈钢意式咖啡机，接水盘上放着两只咖啡杯',
      },
    },
  },
  {
    key: 'dutch-oven',
    sku: 'KITCHEN-CO-001',
    categoryKey: 'kitchen-dining',
    brand: null,
    priceCents: 8900,
    stock: 35,
    featured: false,
    taxClass: 'standard',
    shape: 'pot',
    text: {
      fi: {
        name: 'Valurautapata',
        slug: 'valurautapata',
        shortDescription:
          'Emaloitu 5,2 litran valurautapata kannella pataruokiin, keittoihin ja leivän leivontaan, sopii kaikille liesille ja uuniin.',
        description:
          'Tämä emaloitu valurautapata on tehty hitaaseen kypsentämiseen: pataruokiin, keittoihin, haudutettuun lihaan ja kotitekoiseen leipään. Valurauta varaa lämpöä hyvin ja jakaa sen tasaisesti, joten ruoka hautuu rauhassa.\n\nEmalipintaa ei tarvitse karkaista, eikä se reagoi happamien raaka-aineiden, kuten tomaatin tai viinin, kanssa. Painava kansi pitää kosteuden padan sisällä.\n\nPata sopii kaikille liesille, myös induktiolle, sekä uuniin 250 asteeseen asti. Suosittelemme käsinpesua, jotta emali pysyy kauniina pidempään.',
        specifications: [
          { label: 'Tilavuus', value: '5,2 l' },
          { label: 'Halkaisija', value: '26 cm' },
          { label: 'Materiaali', value: 'emaloitu valurauta' },
          { label: 'Soveltuvuus', value: 'kaikki liedet, myös induktio, uuni 250 °C asti' },
          { label: 'Paino', value: '5,3 kg' },
        ],
        imageAlt: 'Tummanpunainen emaloitu valurautapata kansi päällä',
      },
      sv: {
        name: 'Gjutjärnsgryta',
        slug: 'gjutjarnsgryta',
        shortDescription:
          'Emaljerad gjutjärnsgryta på 5,2 liter med lock för grytor, soppor och brödbak, för alla spisar och ugn.',
        description:
          'Den här emaljerade gjutjärnsgrytan är gjord för långkok: grytor, soppor, bräserat kött och hembakat bröd. Gjutjärn håller värmen väl och fördelar den jämnt, så maten kan puttra i lugn och ro.\n\nEmaljen behöver inte brännas in och reagerar inte med syrliga råvaror som tomat eller vin. Det tunga locket håller kvar fukten i grytan.\n\nGrytan fungerar på alla spisar, även induktion, och i ugn upp till 250 °C. Vi rekommenderar handdisk så att emaljen håller sig fin längre.',
        specifications: [
          { label: 'Volym', value: '5,2 l' },
          { label: 'Diameter', value: '26 cm' },
          { label: 'Material', value: 'emaljerat gjutjärn' },
          { label: 'Passar för', value: 'alla spisar inkl. induktion, ugn upp till 250 °C' },
          { label: 'Vikt', value: '5,3 kg' },
        ],
        imageAlt: 'Mörkröd emaljerad gjutjärnsgryta med locket på',
      },
      en: {
        name: 'Enamelled Cast Iron Dutch Oven',
        slug: 'cast-iron-dutch-oven',
        shortDescription:
          'A 5.2-litre enamelled cast-iron pot with a lid for stews, soups and bread, suitable for all hobs and the oven.',
        description:
          'This enamelled cast-iron pot is made for slow cooking: stews, soups, braised meat and homemade bread. Cast iron holds heat well and spreads it evenly, so food can simmer gently for hours.\n\nThe enamel surface needs no seasoning and does not react with acidic ingredients such as tomatoes or wine. The heavy lid keeps moisture inside the pot.\n\nThe pot works on all hobs, including induction, and in the oven up to 250 °C. We recommend washing it by hand to keep the enamel looking good for longer.',
        specifications: [
          { label: 'Capacity', value: '5.2 l' },
          { label: 'Diameter', value: '26 cm' },
          { label: 'Material', value: 'Enamelled cast iron' },
          { label: 'Suitable for', value: 'All hobs incl. induction, oven up to 250 °C' },
          { label: 'Weight', value: '5.3 kg' },
        ],
        imageAlt: 'A deep red enamelled cast-iron pot with its lid on',
      },
      zh: {
        name: '珐琅铸铁锅',
        slug: 'falang-zhutieguo',
        shortDescription: '5.2 升带盖珐琅铸铁锅，适合炖菜、煲汤和烤面包，适用于各类灶具和烤箱。',
        description:
          '这款珐琅铸铁锅专为慢炖而生：炖菜、煲汤、焖肉，甚至自制面包都能胜任。铸铁储热性好、导热均匀，食物可以慢慢地、均匀地炖煮。\n\n珐琅表面无需开锅，也不会与番茄、葡萄酒等酸性食材发生反应。厚重的锅盖能将水分锁在锅内。\n\n适用于包括电磁炉在内的各类灶具，也可放入烤箱，最高耐温 250 °C。建议手洗，以便珐琅长久保持美观。',
        specifications: [
          { label: '容量', value: '5.2 升' },
          { label: '直径', value: '26 厘米' },
          { label: '材质', value: '珐琅铸铁' },
          { label: '适用范围', value: '各类灶具（含电磁炉），烤箱最高 250 °C' },
          { label: '重量', value: '5.3 公斤' },
        ],
        imageAlt: '盖着锅盖的深红色珐琅铸铁锅',
      },
    },
  },
  {
    key: 'smart-floor-lamp',
    sku: 'LIGHT-FL-001',
    categoryKey: 'lighting',
    brand: null,
    priceCents: 7900,
    stock: 22,
    featured: false,
    taxClass: 'standard',
    shape: 'lamp',
    text: {
      fi: {
        name: 'Älykäs lattiavalaisin',
        slug: 'alykas-lattiavalaisin',
        shortDescription:
          'Kapea LED-lattiavalaisin, jonka värilämpötilaa ja väriä säädetään sovelluksella, äänellä tai kaukosäätimellä.',
        description:
          'Tämä kapea lattiavalaisin antaa sekä lämmintä lukuvaloa että värikästä tunnelmavaloa. Värilämpötilaa voi säätää lämpimästä 2 700 kelvinistä viileään 6 500 kelviniin, ja illan tunnelmaan voi valita haluamansa värin.\n\nOhjaa valaisinta mukana tulevalla kaukosäätimellä tai yhdistä se kodin Wi-Fi-verkkoon ja määritä sovelluksessa ajastuksia ja valaistustilanteita. Valaisin toimii myös Google Assistantin ja Amazon Alexan kanssa.\n\n24 watin LED-valonlähde on kiinteä, joten polttimoita ei tarvitse vaihtaa. Valaisin on 150 cm korkea ja vie vain vähän lattiatilaa, joten se sopii hyvin nurkkaan tai sohvan viereen.',
        specifications: [
          { label: 'Korkeus', value: '150 cm' },
          { label: 'Teho', value: '24 W LED' },
          { label: 'Värilämpötila', value: '2 700–6 500 K + RGB' },
          { label: 'Ohjaus', value: 'sovellus (2,4 GHz Wi-Fi), kaukosäädin, ääniavustajat' },
          { label: 'Johdon pituus', value: '2 m' },
        ],
        imageAlt: 'Kapea musta lattiavalaisin hehkuu pehmeän violettina olohuoneen nurkassa',
      },
      sv: {
        name: 'Smart golvlampa',
        slug: 'smart-golvlampa',
        shortDescription:
          'Smal LED-golvlampa med justerbar färgtemperatur och färg som du styr med app, röst eller fjärrkontroll.',
        description:
          'Den här smala golvlampan ger både varmt läsljus och färgad stämningsbelysning. Färgtemperaturen kan ställas in från varma 2 700 K till kalla 6 500 K, och du kan välja valfri färg för kvällen.\n\nStyr lampan med den medföljande fjärrkontrollen eller anslut den till hemmets wifi och ställ in scheman och scener i appen. Lampan fungerar även med Google Assistent och Amazon Alexa.\n\nLED-ljuskällan på 24 W är inbyggd, så det finns ingen glödlampa att byta. Lampan är 150 cm hög och tar mycket lite golvyta, så den passar bra i ett hörn eller bredvid soffan.',
        specifications: [
          { label: 'Höjd', value: '150 cm' },
          { label: 'Effekt', value: '24 W LED' },
          { label: 'Färgtemperatur', value: '2 700–6 500 K + RGB' },
          { label: 'Styrning', value: 'app (2,4 GHz wifi), fjärrkontroll, röstassistenter' },
          { label: 'Sladdlängd', value: '2 m' },
        ],
        imageAlt: 'Smal svart golvlampa som lyser mjukt lila i ett hörn av vardagsrummet',
      },
      en: {
        name: 'Smart Floor Lamp',
        slug: 'smart-floor-lamp',
        shortDescription:
          'A slim LED floor lamp with adjustable colour temperature and colours, controlled from an app, by voice or with the remote.',
        description:
          'This slim floor lamp gives both warm reading light and coloured mood lighting. The colour temperature can be adjusted from a warm 2,700 K to a cool 6,500 K, and you can pick any colour you like for the evening.\n\nControl the lamp with the included remote, or connect it to your home Wi-Fi and set schedules and scenes in the app. The lamp also works with Google Assistant and Amazon Alexa.\n\nThe 24 W LED light source is built in, so there is no bulb to change. The lamp is 150 cm tall and takes up very little floor space, so it fits well in a corner or next to the sofa.',
        specifications: [
          { label: 'Height', value: '150 cm' },
          { label: 'Power', value: '24 W LED' },
          { label: 'Colour temperature', value: '2,700–6,500 K + RGB' },
          { label: 'Control', value: 'App (2.4 GHz Wi-Fi), remote, voice assistants' },
          { label: 'Cable length', value: '2 m' },
        ],
        imageAlt: 'A slim black floor lamp glowing soft purple in the corner of a living room',
      },
      zh: {
        name: '智能落地灯',
        slug: 'zhineng-luodideng',
        shortDescription: '纤薄的 LED 智能落地灯，色温和颜色可通过 App、语音或遥控器调节。',
        description:
          '这款纤薄落地灯既能提供温暖的阅读光，也能营造多彩的氛围灯光。色温可在 2700 K 暖光到 6500 K 冷光之间调节，还能随心选择夜晚想要的颜色。\n\n可使用随附的遥控器控制，也可连接家中 Wi-Fi，通过 App 设置定时和场景。灯具还支持 Google 助理和 Amazon Alexa 语音控制。\n\n24 瓦 LED 光源为一体式设计，无需更换灯泡。灯高 150 厘米，占地很小，放在墙角或沙发旁都很合适。',
        specifications: [
          { label: '高度', value: '150 厘米' },
          { label: '功率', value: '24 瓦 LED' },
          { label: '色温', value: '2700–6500 K + RGB' },
          { label: '控制方式', value: 'App（2.4 GHz Wi-Fi）、遥控器、语音助手' },
          { label: '线长', value: '2 米' },
        ],
        imageAlt: '客厅角落里一盏发出柔和紫光的纤薄黑色落地灯',
      },
    },
  },
  {
    key: 'desk-lamp-charger',
    sku: 'LIGHT-DL-001',
    categoryKey: 'lighting',
    brand: null,
    priceCents: 4900,
    previousPriceCents: 6500,
    stock: 35,
    featured: false,
    taxClass: 'standard',
    shape: 'lamp',
    text: {
      fi: {
        name: 'LED-pöytävalaisin langattomalla laturilla',
        slug: 'led-poytavalaisin-langaton-laturi',
        shortDescription:
          'Taitettava LED-pöytävalaisin, jossa on viisi kirkkaustasoa, kolme värilämpötilaa ja jalustassa 10 W:n langaton Qi-laturi.',
        description:
          'Tämä pöytävalaisin pitää työpöydän valaistuna ja puhelimen ladattuna. Jalustaan on integroitu langaton Qi-lataustaso, joka lataa yhteensopivia puhelimia jopa 10 watin teholla, sekä USB-A-portti toisen laitteen lataamiseen johdolla.\n\nKirkkautta voi säätää viidellä tasolla ja värilämpötilaa kolmella, lämpimästä viileään, joten illaksi saa tunnelmallisen valon ja keskittymistä vaativaan työhön raikkaan valon. Kosketuspainikkeet ovat jalustassa.\n\nVarsi ja valaisinpää taittuvat ja kääntyvät, joten valon saa suunnattua juuri sinne, missä sitä tarvitaan. Valaisin saa virtansa mukana tulevasta verkkolaitteesta.',
        specifications: [
          { label: 'Teho', value: '8 W LED' },
          { label: 'Langaton lataus', value: 'Qi, jopa 10 W' },
          { label: 'Kirkkaustasot', value: '5' },
          { label: 'Värilämpötilat', value: '3 (3 000 / 4 500 / 6 000 K)' },
          { label: 'Lisäportti', value: 'USB-A, 5 V / 1 A' },
        ],
        imageAlt: 'Valkoinen taitettava LED-pöytävalaisin, jonka jalustan lataustasolla on puhelin',
      },
      sv: {
        name: 'Skrivbordslampa med trådlös laddare',
        slug: 'skrivbordslampa-med-tradlos-laddare',
        shortDescription:
          'Vikbar LED-skrivbordslampa med fem ljusnivåer, tre färgtemperaturer och trådlös Qi-laddare på 10 W i foten.',
        description:
          'Den här skrivbordslampan håller skrivbordet upplyst och telefonen laddad. I foten finns en inbyggd trådlös Qi-laddningsplatta som laddar kompatibla telefoner med upp till 10 W, och en USB-A-port för att ladda ytterligare en enhet med kabel.\n\nLjusstyrkan har fem nivåer och ljuset finns i tre färgtemperaturer, från varmt till kallt, så att du kan välja mysigt ljus på kvällen eller klart ljus för fokuserat arbete. Touchknapparna sitter på foten.\n\nArmen och lamphuvudet kan vikas och vridas, så att du kan rikta ljuset precis dit du behöver det. Lampan drivs med den medföljande nätadaptern.',
        specifications: [
          { label: 'Effekt', value: '8 W LED' },
          { label: 'Trådlös laddning', value: 'Qi, upp till 10 W' },
          { label: 'Ljusnivåer', value: '5' },
          { label: 'Färgtemperaturer', value: '3 (3 000 / 4 500 / 6 000 K)' },
          { label: 'Extra port', value: 'USB-A, 5 V / 1 A' },
        ],
        imageAlt: 'Vit vikbar LED-skrivbordslampa med en telefon på laddningsplattan i foten',
      },
      en: {
        name: 'LED Desk Lamp with Wireless Charger',
        slug: 'led-desk-lamp-wireless-charger',
        shortDescription:
          'A foldable LED desk lamp with five brightness levels, three colour temperatures and a 10 W Qi wireless charger in the base.',
        description:
          'This desk lamp keeps your desk lit and your phone charged. The base has a built-in Qi wireless charging pad that charges compatible phones at up to 10 W, and a USB-A port for charging a second device with a cable.\n\nBrightness has five levels and the light comes in three colour temperatures, from warm to cool, so you can choose a cosy light for the evening or a crisp light for focused work. The touch controls are on the base.\n\nThe arm and head fold and turn, so you can point the light exactly where you need it. The lamp is powered by the included mains adapter.',
        specifications: [
          { label: 'Power', value: '8 W LED' },
          { label: 'Wireless charging', value: 'Qi, up to 10 W' },
          { label: 'Brightness levels', value: '5' },
          { label: 'Colour temperatures', value: '3 (3,000 / 4,500 / 6,000 K)' },
          { label: 'Extra port', value: 'USB-A, 5 V / 1 A' },
        ],
        imageAlt: 'A white folding LED desk lamp with a phone lying on the charging pad in its base',
      },
      zh: {
        name: '无线充电 LED 台灯',
        slug: 'wuxian-chongdian-led-taideng',
        shortDescription: '可折叠 LED 台灯，五档亮度、三种色温，底座内置 10 瓦 Qi 无线充电板。',
        description:
          '这款台灯既能照亮书桌，也能为手机充电。底座内置 Qi 无线充电板，可为兼容的手机提供最高 10 瓦的充电功率，另有一个 USB-A 接口，可用数据线为另一台设备充电。\n\n亮度有五档可调，色温有暖光到冷光三种可选，晚上可以选择温馨的灯光，专注工作时则可选择清爽明亮的光线。触控按键位于底座上。\n\n灯臂和灯头均可折叠和旋转，能把光线准确照到需要的地方。台灯使用随附的电源适配器供电。',
        specifications: [
          { label: '功率', value: '8 瓦 LED' },
          { label: '无线充电', value: 'Qi，最高 10 瓦' },
          { label: '亮度档位', value: '5 档' },
          { label: '色温', value: '3 种（3000 / 4500 / 6000 K）' },
          { label: '附加接口', value: 'USB-A，5 V / 1 A' },
        ],
        imageAlt: '白色可折叠 LED 台灯，底座充电板上放着一部手机',
      },
    },
  },
  {
    key: 'merino-sweater',
    sku: 'MENS-SW-001',
    categoryKey: 'mens-clothing',
    brand: null,
    priceCents: 8900,
    stock: 0,
    featured: false,
    taxClass: 'standard',
    shape: 'sweater',
    text: {
      fi: {
        name: 'Miesten merinovillaneule',
        slug: 'miesten-merinovillaneule',
        shortDescription:
          'Ohut pyöreäkauluksinen neule 100-prosenttisesta merinovillasta, joka lämmittää ilman paksuutta toimistolla ja viikonloppuna.',
        description:
          'Tämä pyöreäkauluksinen neule on neulottu pehmeästä ja ohuesta merinovillasta. Merinovilla tasaa lämpötilaa hyvin, joten neule lämmittää kylmällä säällä mutta ei tunnu liian kuumalta sisällä, ja se sopii helposti takin alle tai kauluspaidan päälle.\n\nKlassinen suora malli sekä resoriset hihansuut ja helma tekevät neuleesta siistin. Merinovilla ei myöskään ime hajuja helposti, joten neule tarvitsee käyttökertojen välillä usein vain tuuletusta.\n\nPese villaohjelmalla 30 asteessa tai käsin ja kuivata tasolla. Neuletta on saatavana koissa S–XL.',
        specifications: [
          { label: 'Materiaali', value: '100 % merinovillaa' },
          { label: 'Malli', value: 'suora malli' },
          { label: 'Kaula-aukko', value: 'pyöreä pääntie' },
          { label: 'Hoito-ohje', value: 'villapesu 30 °C, kuivataan tasolla' },
          { label: 'Väri', value: 'tummansininen' },
        ],
        imageAlt: 'Tummansininen ohut merinovillaneule tasolle aseteltuna',
      },
      sv: {
        name: 'Merinoulltröja herr',
        slug: 'merinoulltroja-herr',
        shortDescription:
          'Finstickad rundhalsad tröja i 100 % merinoull som värmer utan att vara tjock och passar både på kontoret och i helgen.',
        description:
          'Den här rundhalsade tröjan är stickad i mjuk och fin merinoull. Merinoull är bra på att reglera temperaturen, så tröjan värmer kalla dagar utan att kännas för varm inomhus, och den passar lika bra under en kavaj som över en skjorta.\n\nDen klassiska raka passformen och de ribbade muddarna och nederkanten ger tröjan ett prydligt intryck. Merinoull tar inte heller så lätt upp lukt, så ofta räcker det att vädra tröjan mellan användningarna.\n\nTvätta i ullprogram i 30 °C eller för hand och torka plant. Tröjan finns i storlekarna S–XL.',
        specifications: [
          { label: 'Material', value: '100 % merinoull' },
          { label: 'Passform', value: 'regular fit' },
          { label: 'Halsringning', value: 'rund hals' },
          { label: 'Skötselråd', value: 'ulltvätt 30 °C, torkas plant' },
          { label: 'Färg', value: 'marinblå' },
        ],
        imageAlt: 'Marinblå finstickad tröja i merinoull, plant upplagd',
      },
      en: {
        name: 'Men’s Merino Wool Sweater',
        slug: 'mens-merino-wool-sweater',
        shortDescription:
          'A fine-knit crew-neck sweater in 100% merino wool that is warm without being bulky, at the office and at the weekend.',
        description:
          'This crew-neck sweater is knitted from soft, fine merino wool. Merino is good at regulating temperature, so the sweater keeps you warm on cold days without feeling too hot indoors, and it layers easily under a jacket or over a shirt.\n\nThe classic regular fit and the ribbed cuffs and hem give the sweater a neat look. Merino wool also does not hold on to odours easily, so between wears the sweater often only needs airing.\n\nWash on a wool programme at 30 °C or by hand and dry flat. The sweater is available in sizes S–XL.',
        specifications: [
          { label: 'Material', value: '100% merino wool' },
          { label: 'Fit', value: 'Regular fit' },
          { label: 'Neckline', value: 'Crew neck' },
          { label: 'Care', value: 'Wool wash 30 °C, dry flat' },
          { label: 'Colour', value: 'Navy' },
        ],
        imageAlt: 'A navy fine-knit merino wool sweater laid flat',
      },
      zh: {
        name: '男士美利奴羊毛衫',
        slug: 'nanshi-meilinu-yangmaoshan',
        shortDescription: '100% 美利奴羊毛细针织圆领毛衣，保暖而不臃肿，上班和周末都适合穿。',
        description:
          '这款圆领毛衣采用柔软细腻的美利奴羊毛编织而成。美利奴羊毛调节温度的能力出色，寒冷天气能保暖，在室内也不会觉得太热，可以轻松搭配外套或衬衫。\n\n经典常规版型，搭配罗纹袖口和下摆，整体利落有型。美利奴羊毛不易吸附异味，两次穿着之间通常只需通风晾晒即可。\n\n建议使用羊毛洗程 30 °C 机洗或手洗，平铺晾干。提供 S–XL 尺码。',
        specifications: [
          { label: '材质', value: '100% 美利奴羊毛' },
          { label: '版型', value: '常规版型' },
          { label: '领型', value: '圆领' },
          { label: '洗涤说明', value: '羊毛洗程 30 °C，平铺晾干' },
          { label: '颜色', value: '藏青色' },
        ],
        imageAlt: '平铺摆放的藏青色美利奴羊毛细针织毛衣',
      },
    },
    variants: [
      { sku: 'MENS-SW-S', options: { size: 'S' }, stock: 10 },
      { sku: 'MENS-SW-M', options: { size: 'M' }, stock: 15 },
      { sku: 'MENS-SW-L', options: { size: 'L' }, stock: 12 },
      { sku: 'MENS-SW-XL', options: { size: 'XL' }, stock: 8 },
    ],
  },
  {
    key: 'slim-chinos',
    sku: 'MENS-CH-001',
    categoryKey: 'mens-clothing',
    brand: null,
    priceCents: 5900,
    stock: 0,
    featured: false,
    taxClass: 'standard',
    shape: 'trousers',
    text: {
      fi: {
        name: 'Miesten slim fit -chinot',
        slug: 'miesten-slim-fit-chinot',
        shortDescription:
          'Joustavasta puuvillatwillistä valmistetut slim fit -chinot, jotka näyttävät siisteiltä toimistolla ja tuntuvat mukavilta koko päivän.',
        description:
          'Näissä chinoissa on kapea slim fit -malli, joka kapenee hieman nilkkaa kohti mutta ei kiristä. Puuvillatwillissä on hieman elastaania, joten housut joustavat, kun istut, pyöräilet tai kävelet.\n\nKlassisiin yksityiskohtiin kuuluvat sivutaskut, kaksi napillista takataskua sekä vetoketjullinen halkio napilla. Housut sopivat yhtä hyvin kauluspaidan ja bleiserin kuin t-paidan ja tennareiden kanssa.\n\nKaikissa vyötärökoissa lahkeen sisäpituus on 32 tuumaa. Konepesu 40 asteessa nurin käännettynä.',
        specifications: [
          { label: 'Materiaali', value: '98 % puuvillaa, 2 % elastaania' },
          { label: 'Malli', value: 'slim fit' },
          { label: 'Lahkeen sisäpituus', value: '32"' },
          { label: 'Hoito-ohje', value: 'konepesu 40 °C' },
          { label: 'Väri', value: 'beige' },
        ],
        imageAlt: 'Beiget slim fit -chinot taiteltuina vaalealla taustalla',
      },
      sv: {
        name: 'Chinos i slim fit, herr',
        slug: 'chinos-slim-fit-herr',
        shortDescription:
          'Chinos i slim fit av stretchig bomullstwill som ser prydliga ut på kontoret och är sköna att ha på sig hela dagen.',
        description:
          'De här chinosen har en smal passform som smalnar av något mot ankeln utan att kännas tajt. Bomullstwillen innehåller lite elastan, så byxorna följer med när du sitter, cyklar eller går.\n\nTill de klassiska detaljerna hör sidfickor, två bakfickor med knapp och gylf med dragkedja och knapp. Byxorna passar lika bra till skjorta och kavaj som till t-shirt och sneakers.\n\nAlla midjestorlekar har innerbenslängden 32 tum. Maskintvätt i 40 °C med avigsidan ut.',
        specifications: [
          { label: 'Material', value: '98 % bomull, 2 % elastan' },
          { label: 'Passform', value: 'slim fit' },
          { label: 'Innerbenslängd', value: '32"' },
          { label: 'Skötselråd', value: 'maskintvätt 40 °C' },
          { label: 'Färg', value: 'beige' },
        ],
        imageAlt: 'Beige chinos i slim fit, vikta mot en ljus bakgrund',
      },
      en: {
        name: 'Men’s Slim Fit Chinos',
        slug: 'mens-slim-fit-chinos',
        shortDescription:
          'Slim-fit chinos in stretch cotton twill that look smart enough for the office and stay comfortable all day.',
        description:
          'These chinos have a slim fit that tapers slightly towards the ankle without feeling tight. The cotton twill contains a little elastane, so the trousers move with you when you sit, cycle or walk.\n\nThe classic details include side pockets, two buttoned back pockets and a zip fly with a button. They go as well with a shirt and blazer as with a T-shirt and trainers.\n\nAll waist sizes have a 32-inch inside leg. Machine wash at 40 °C inside out.',
        specifications: [
          { label: 'Material', value: '98% cotton, 2% elastane' },
          { label: 'Fit', value: 'Slim fit' },
          { label: 'Inside leg', value: '32"' },
          { label: 'Care', value: 'Machine wash 40 °C' },
          { label: 'Colour', value: 'Beige' },
        ],
        imageAlt: 'Beige slim-fit chinos folded on a light background',
      },
      zh: {
        name: '男士修身休闲裤',
        slug: 'nanshi-xiushen-xiuxianku',
        shortDescription: '弹力棉质斜纹修身休闲裤，上班穿着得体，全天穿着舒适。',
        description:
          '这款休闲裤采用修身版型，向脚踝处微微收窄，但不会有紧绷感。棉质斜纹面料中加入少量氨纶，坐下、骑车或走路时都能随身伸展。\n\n经典细节包括侧袋、两个带纽扣的后袋以及拉链加纽扣门襟。无论搭配衬衫和西装外套，还是 T 恤和运动鞋都很合适。\n\n所有腰围尺码的内长均为 32 英寸。建议翻面后 40 °C 机洗。',
        specifications: [
          { label: '材质', value: '98% 棉，2% 氨纶' },
          { label: '版型', value: '修身' },
          { label: '内长', value: '32 英寸' },
          { label: '洗涤说明', value: '40 °C 机洗' },
          { label: '颜色', value: '米色' },
        ],
        imageAlt: '折叠放在浅色背景上的米色修身休闲裤',
      },
    },
    variants: [
      { sku: 'MENS-CH-30', options: { waist: '30', length: '32' }, stock: 8 },
      { sku: 'MENS-CH-32', options: { waist: '32', length: '32' }, stock: 12 },
      { sku: 'MENS-CH-34', options: { waist: '34', length: '32' }, stock: 15 },
      { sku: 'MENS-CH-36', options: { waist: '36', length: '32' }, stock: 10 },
    ],
  },
  {
    key: 'winter-parka',
    sku: 'WOMN-PK-001',
    categoryKey: 'womens-clothing',
    brand: null,
    priceCents: 24900,
    previousPriceCents: 32900,
    stock: 0,
    featured: false,
    taxClass: 'standard',
    shape: 'jacket',
    text: {
      fi: {
        name: 'Naisten talviparka',
        slug: 'naisten-talviparka',
        shortDescription:
          'Pitkä, vettä hylkivä talviparka, jossa on lämmin tekokuitutoppaus ja hupussa irrotettava tekoturkisreunus.',
        description:
          'Tämä parka on tehty pohjoisen talveen, bussipysäkillä odotteluun ja pitkiin lumikävelyihin. Pitkä malli peittää lantion, ja tekokuitutoppaus lämmittää myös kostealla säällä.\n\nPäällikangas on käsitelty vettä hylkiväksi, ja vetoketjun päällä oleva tuulilista pitää viiman ulkona. Säädettävän hupun tekoturkisreunuksen voi irrottaa, ja kaksisuuntaisen vetoketjun ansiosta takissa on helppo istua ja pyöräillä.\n\nTakissa on kaksi fleecevuorattua käsitaskua, sisätasku puhelimelle ja neulotut hihansuut, jotka pitävät pakkasen poissa. Konepesu 30 asteessa.',
        specifications: [
          { label: 'Päällikangas', value: '100 % polyesteriä, vettä hylkivä käsittely' },
          { label: 'Toppaus', value: 'tekokuituvanu' },
          { label: 'Pituus', value: 'noin 90 cm (koko M)' },
          { label: 'Hoito-ohje', value: 'konepesu 30 °C' },
          { label: 'Väri', value: 'musta' },
        ],
        imageAlt: 'Pitkä musta naisten talviparka, jonka hupussa on tekoturkisreunus',
      },
      sv: {
        name: 'Vinterparkas dam',
        slug: 'vinterparkas-dam',
        shortDescription:
          'Lång, vattenavvisande vinterparkas med varm syntetisk vaddering och huva med avtagbar fuskpälskant.',
        description:
          'Den här parkasen är gjord för nordiska vintrar, väntan vid busshållplatsen och långa promenader i snön. Den långa modellen täcker höfterna, och den syntetiska vadderingen värmer även när det är fuktigt ute.\n\nYtertyget är vattenavvisande behandlat, och en stormlist över dragkedjan håller vinden ute. Den justerbara huvan har en fuskpälskant som går att ta av, och tack vare tvåvägsdragkedjan är det lätt att sitta och cykla i jackan.\n\nParkasen har två fleecefodrade handfickor, en innerficka för mobilen och stickade muddar som stänger ute kylan. Maskintvätt i 30 °C.',
        specifications: [
          { label: 'Ytertyg', value: '100 % polyester, vattenavvisande behandling' },
          { label: 'Vaddering', value: 'syntetisk vadd' },
          { label: 'Längd', value: 'cirka 90 cm (storlek M)' },
          { label: 'Skötselråd', value: 'maskintvätt 30 °C' },
          { label: 'Färg', value: 'svart' },
        ],
        imageAlt: 'Lång svart vinterparkas för dam med fuskpälskant på huvan',
      },
      en: {
        name: 'Women’s Winter Parka',
        slug: 'womens-winter-parka',
        shortDescription:
          'A long, water-repellent winter parka with warm synthetic insulation and a hood with a removable faux-fur trim.',
        description:
          'This parka is made for Nordic winters, waiting at the bus stop and long walks in the snow. The long cut covers the hips, and the synthetic insulation keeps you warm even when it is damp outside.\n\nThe outer fabric has a water-repellent finish, and a storm flap over the zip keeps out the wind. The adjustable hood has a faux-fur trim that can be detached, and the two-way zip makes it easy to sit and cycle in the coat.\n\nThere are two fleece-lined hand pockets, an inside pocket for your phone and knitted cuffs that keep out the cold. Machine wash at 30 °C.',
        specifications: [
          { label: 'Outer fabric', value: '100% polyester, water-repellent finish' },
          { label: 'Insulation', value: 'Synthetic wadding' },
          { label: 'Length', value: 'About 90 cm (size M)' },
          { label: 'Care', value: 'Machine wash 30 °C' },
          { label: 'Colour', value: 'Black' },
        ],
        imageAlt: 'A long black women’s winter parka with a faux-fur trimmed hood',
      },
      zh: {
        name: '女士冬季派克大衣',
        slug: 'nvshi-dongji-paike-dayi',
        shortDescription: '长款防泼水冬季派克大衣，内填保暖合成棉，帽子配有可拆卸人造毛边。',
        description:
          '这款派克大衣专为北欧寒冬设计，无论是在公交站等车，还是在雪中长时间散步都很合适。长款版型可遮住臀部，合成棉填充在潮湿天气里同样保暖。\n\n外层面料经过防泼水处理，拉链外的防风门襟能挡住寒风。可调节帽子上的人造毛边可以拆卸，双向拉链让你坐下或骑车时都很方便。\n\n大衣设有两个抓绒内衬手插袋、一个可放手机的内袋，以及可阻挡寒气的针织袖口。可 30 °C 机洗。',
        specifications: [
          { label: '面料', value: '100% 聚酯纤维，防泼水处理' },
          { label: '填充物', value: '合成棉' },
          { label: '衣长', value: '约 90 厘米（M 码）' },
          { label: '洗涤说明', value: '30 °C 机洗' },
          { label: '颜色', value: '黑色' },
        ],
        imageAlt: '帽子带人造毛边的黑色女士长款冬季派克大衣',
      },
    },
    variants: [
      { sku: 'WOMN-PK-S', options: { size: 'S' }, stock: 4 },
      { sku: 'WOMN-PK-M', options: { size: 'M' }, stock: 6 },
      { sku: 'WOMN-PK-L', options: { size: 'L' }, stock: 5 },
      { sku: 'WOMN-PK-XL', options: { size: 'XL' }, stock: 3 },
    ],
  },
  {
    key: 'running-jacket',
    sku: 'WOMN-RJ-001',
    categoryKey: 'womens-clothing',
    brand: null,
    priceCents: 7900,
    stock: 30,
    featured: false,
    taxClass: 'standard',
    shape: 'jacket',
    text: {
      fi: {
        name: 'Naisten juoksutakki',
        slug: 'naisten-juoksutakki',
        shortDescription:
          'Kevyt ja tuulta pitävä juoksutakki heijastimilla, joka pakkautuu omaan taskuunsa ja sopii vaihteleviin keleihin.',
        description:
          'Tämä juoksutakki on tehty syksyn ja kevään lenkeille, kun tuuli on kylmä mutta paksu takki olisi liian lämmin. Kevyt ja tuulta pitävä kangas on käsitelty vettä hylkiväksi, joten kevyt sade valuu pinnalta pois, ja selän verkkovuoratut tuuletusaukot päästävät lämmön ulos.\n\nEtu- ja takakappaleen sekä hihojen heijastimet parantavat näkyvyyttä pimeällä. Vetoketjullisessa sivutaskussa kulkevat avaimet ja puhelin, ja peukalolenkit pitävät hihat paikallaan.\n\nTakki pakkautuu omaan sivutaskuunsa, joten sen voi riisua ja kantaa helposti mukana, kun lenkillä tulee lämmin. Konepesu 30 asteessa.',
        specifications: [
          { label: 'Materiaali', value: '100 % polyesteriä, vettä hylkivä käsittely' },
          { label: 'Paino', value: 'noin 160 g (koko M)' },
          { label: 'Heijastimet', value: 'edessä, takana ja hihoissa' },
          { label: 'Taskut', value: '1 vetoketjullinen sivutasku' },
          { label: 'Hoito-ohje', value: 'konepesu 30 °C' },
        ],
        imageAlt: 'Kevyt turkoosi naisten juoksutakki heijastinraidoilla',
      },
      sv: {
        name: 'Löparjacka dam',
        slug: 'loparjacka-dam',
        shortDescription:
          'Lätt och vindtät löparjacka med reflexdetaljer som kan packas ner i sin egen ficka och klarar växlande väder.',
        description:
          'Den här löparjackan är gjord för löprundor på hösten och våren, när vinden är kall men en tjock jacka blir för varm. Det lätta, vindtäta tyget är vattenavvisande behandlat så att lätt regn rinner av, och nätfodrade ventiler på ryggen släpper ut värmen.\n\nReflexdetaljer fram, bak och på ärmarna gör dig lättare att se i mörker. Sidfickan med dragkedja rymmer nycklar och mobil, och tumhål håller ärmarna på plats.\n\nJackan kan packas ner i sin egen sidficka, så den är lätt att ta av och bära med sig när du blir varm under rundan. Maskintvätt i 30 °C.',
        specifications: [
          { label: 'Material', value: '100 % polyester, vattenavvisande behandling' },
          { label: 'Vikt', value: 'cirka 160 g (storlek M)' },
          { label: 'Reflexer', value: 'fram, bak och på ärmarna' },
          { label: 'Fickor', value: '1 sidficka med dragkedja' },
          { label: 'Skötselråd', value: 'maskintvätt 30 °C' },
        ],
        imageAlt: 'Lätt turkos löparjacka för dam med reflexränder',
      },
      en: {
        name: 'Women’s Running Jacket',
        slug: 'womens-running-jacket',
        shortDescription:
          'A light, wind-resistant running jacket with reflective details that packs into its own pocket, made for changeable weather.',
        description:
          'This running jacket is made for autumn and spring runs, when the wind is cold but a thick jacket would be too warm. The light, wind-resistant fabric has a water-repellent finish that sheds light rain, and mesh-lined vents on the back let heat out.\n\nReflective details on the front, back and sleeves make you easier to see in the dark. The zipped side pocket holds your keys and phone, and thumb holes keep the sleeves in place.\n\nThe jacket packs into its own side pocket, so it is easy to take off and carry when you warm up on a run. Machine wash at 30 °C.',
        specifications: [
          { label: 'Material', value: '100% polyester, water-repellent finish' },
          { label: 'Weight', value: 'About 160 g (size M)' },
          { label: 'Reflectors', value: 'Front, back and sleeves' },
          { label: 'Pockets', value: '1 zipped side pocket' },
          { label: 'Care', value: 'Machine wash 30 °C' },
        ],
        imageAlt: 'A light turquoise women’s running jacket with reflective strips',
      },
      zh: {
        name: '女士跑步夹克',
        slug: 'nvshi-paobu-jiake',
        shortDescription: '轻盈防风的跑步夹克，带反光细节，可收纳进自身口袋，适合多变天气。',
        description:
          '这款跑步夹克适合秋季和春季跑步：风很冷，但穿厚外套又太热。轻盈防风面料经过防泼水处理，小雨会从表面滑落；背部网布内衬通风口有助于散热。\n\n前片、后背和袖子上的反光细节让你在黑暗中更容易被看到。拉链侧袋可放钥匙和手机，拇指孔能让袖子保持在位。\n\n夹克可收纳进自身的侧袋中，跑热了脱下来也方便携带。可 30 °C 机洗。',
        specifications: [
          { label: '材质', value: '100% 聚酯纤维，防泼水处理' },
          { label: '重量', value: '约 160 克（M 码）' },
          { label: '反光条', value: '前片、后背和袖子' },
          { label: '口袋', value: '1 个拉链侧袋' },
          { label: '洗涤说明', value: '30 °C 机洗' },
        ],
        imageAlt: '带反光条的浅绿松石色女士跑步夹克',
      },
    },
  },
  {
    key: 'running-shoes',
    sku: 'SHOES-RUN-001',
    categoryKey: 'shoes-footwear',
    brand: null,
    priceCents: 17900,
    stock: 0,
    featured: false,
    taxClass: 'standard',
    shape: 'shoe',
    text: {
      fi: {
        name: 'Juoksukengät',
        slug: 'juoksukengat',
        shortDescription:
          'Hyvin joustavat juoksukengät, joissa on hengittävä verkkopäällinen ja pitävä kumipohja arkiseen harjoitteluun teillä ja poluilla.',
        description:
          'Nämä juoksukengät on tehty säännölliseen harjoitteluun, lyhyistä palauttavista lenkeistä pidempiin viikonloppulenkkeihin. Paksu vaahtomuovinen välipohja pehmentää jokaista askelta, ja 8 millimetrin drop sopii useimmille juoksijoille.\n\nHengittävä verkkopäällinen pitää jalat raikkaina, ja pehmustettu kantakappale pitää jalan tukevasti paikallaan. Kumipohja pitää hyvin asfaltilla ja sorapoluilla.\n\nKengät ovat normaalia kokoa; jos olet kahden koon välissä, suosittelemme isompaa. Saatavana EU-koissa 40–44.',
        specifications: [
          { label: 'Drop', value: '8 mm' },
          { label: 'Paino', value: 'noin 280 g (koko 42)' },
          { label: 'Päällinen', value: 'hengittävä verkko' },
          { label: 'Pohja', value: 'kumi' },
          { label: 'Käyttö', value: 'tie ja kevyt polku' },
        ],
        imageAlt: 'Harmaa-oranssi juoksukenkä sivulta kuvattuna',
      },
      sv: {
        name: 'Löparskor',
        slug: 'loparskor',
        shortDescription:
          'Väldämpade löparskor med andningsbar ovandel i mesh och greppvänlig gummisula för vardagsträning på väg och stig.',
        description:
          'De här löparskorna är gjorda för regelbunden träning, från korta lugna pass till längre rundor på helgen. Den tjocka mellansulan i skum dämpar varje steg, och droppet på 8 mm passar de flesta löpare.\n\nOvandelen i andningsbar mesh låter fötterna andas, och den vadderade hälkappan håller foten stadigt på plats. Gummisulan ger bra grepp på asfalt och grusvägar.\n\nSkorna är normala i storleken; om du är mellan två storlekar rekommenderar vi den större. Finns i EU-storlekarna 40–44.',
        specifications: [
          { label: 'Drop', value: '8 mm' },
          { label: 'Vikt', value: 'cirka 280 g (storlek 42)' },
          { label: 'Ovandel', value: 'andningsbar mesh' },
          { label: 'Yttersula', value: 'gummi' },
          { label: 'Användning', value: 'väg och lättare stig' },
        ],
        imageAlt: 'Grå och orange löparsko fotograferad från sidan',
      },
      en: {
        name: 'Cushioned Running Shoes',
        slug: 'cushioned-running-shoes',
        shortDescription:
          'Well-cushioned running shoes with a breathable mesh upper and a grippy rubber outsole for everyday training on roads and paths.',
        description:
          'These running shoes are made for regular training, from short easy runs to longer weekend outings. The thick foam midsole softens every step, and the 8 mm heel-to-toe drop suits most runners.\n\nThe breathable engineered mesh upper lets your feet breathe, and the padded heel collar holds your foot securely in place. The rubber outsole gives good grip on asphalt and gravel paths.\n\nThe shoes are true to size; if you are between sizes, we recommend the larger one. Available in EU sizes 40–44.',
        specifications: [
          { label: 'Drop', value: '8 mm' },
          { label: 'Weight', value: 'About 280 g (size 42)' },
          { label: 'Upper', value: 'Engineered mesh' },
          { label: 'Outsole', value: 'Rubber' },
          { label: 'Use', value: 'Road and light trail' },
        ],
        imageAlt: 'A grey and orange running shoe seen from the side',
      },
      zh: {
        name: '缓震跑鞋',
        slug: 'huanzhen-paoxie',
        shortDescription: '缓震出色的跑鞋，透气网面鞋面搭配抓地橡胶大底，适合在公路和小径上日常训练。',
        description:
          '这款跑鞋适合规律训练，从短距离轻松跑到周末长距离跑都能胜任。厚实的泡棉中底为每一步提供缓震，8 毫米的前后掌落差适合大多数跑者。\n\n透气编织网面鞋面让双脚保持干爽，带衬垫的后跟能稳稳包裹双脚。橡胶大底在柏油路和碎石路上都有良好的抓地力。\n\n鞋码标准，如介于两个尺码之间，建议选择大一码。提供欧码 40–44。',
        specifications: [
          { label: '前后掌落差', value: '8 毫米' },
          { label: '重量', value: '约 280 克（42 码）' },
          { label: '鞋面', value: '透气网面' },
          { label: '大底', value: '橡胶' },
          { label: '适用场景', value: '公路及轻度越野' },
        ],
        imageAlt: '灰橙配色跑鞋侧面图',
      },
    },
    variants: [
      { sku: 'SHOES-RUN-40', options: { size: '40' }, stock: 10 },
      { sku: 'SHOES-RUN-41', options: { size: '41' }, stock: 12 },
      { sku: 'SHOES-RUN-42', options: { size: '42' }, stock: 15 },
      { sku: 'SHOES-RUN-43', options: { size: '43' }, stock: 8 },
      { sku: 'SHOES-RUN-44', options: { size: '44' }, stock: 6 },
    ],
  },
  {
    key: 'chelsea-boots',
    sku: 'SHOES-CB-001',
    categoryKey: 'shoes-footwear',
    brand: null,
    priceCents: 19900,
    stock: 0,
    featured: false,
    taxClass: 'standard',
    shape: 'boot',
    text: {
      fi: {
        name: 'Nahkaiset chelsea-nilkkurit',
        slug: 'nahkaiset-chelsea-nilkkurit',
        shortDescription:
          'Klassiset sileänahkaiset chelsea-nilkkurit, joissa on joustavat sivukiilat ja pitävä kumipohja.',
        description:
          'Näissä chelsea-nilkkureissa on selkeä ja ajaton muoto, joka sopii niin farkkujen ja chinojen kuin puvunkin kanssa. Päällinen on sileää täysjyvänahkaa, joka pehmenee ja saa käytössä luonnetta.\n\nJoustavien sivukiilojen ja takana olevan vetolenkin ansiosta kengät on nopea laittaa jalkaan ja riisua. Kuvioitu kumipohja pitää paremmin märällä kadulla, ja nahkavuori sekä irrotettava pohjallinen tekevät kengistä mukavat koko päiväksi.\n\nHoida nahkaa kenkävoiteella ja suojasuihkeella, niin kengät pysyvät hyvässä kunnossa pidempään. Saatavana EU-koissa 40–44.',
        specifications: [
          { label: 'Päällinen', value: 'täysjyvänahka' },
          { label: 'Vuori', value: 'nahka' },
          { label: 'Pohja', value: 'kumi' },
          { label: 'Varren korkeus', value: 'noin 14 cm (koko 42)' },
          { label: 'Väri', value: 'tummanruskea' },
        ],
        imageAlt: 'Tummanruskeat nahkaiset chelsea-nilkkurit sivulta kuvattuna',
      },
      sv: {
        name: 'Chelseaboots i läder',
        slug: 'chelseaboots-i-lader',
        shortDescription:
          'Klassiska chelseaboots i slätt läder med elastiska sidopaneler och greppvänlig gummisula.',
        description:
          'De här chelseabootsen har en ren, tidlös form som passar lika bra till jeans och chinos som till kostym. Ovandelen är gjord av slätt fullnarvsläder som mjuknar och får karaktär med tiden.\n\nDe elastiska sidopanelerna och dragöglan baktill gör kängorna snabba att ta på och av. Gummisulan har ett mönstrat slitlager för bättre grepp på våta gator, och läderfodret och den uttagbara innersulan gör dem sköna att ha på sig hela dagen.\n\nVårda lädret med skokräm och impregneringsspray, så håller sig kängorna fina längre. Finns i EU-storlekarna 40–44.',
        specifications: [
          { label: 'Ovandel', value: 'fullnarvsläder' },
          { label: 'Foder', value: 'läder' },
          { label: 'Sula', value: 'gummi' },
          { label: 'Skafthöjd', value: 'cirka 14 cm (storlek 42)' },
          { label: 'Färg', value: 'mörkbrun' },
        ],
        imageAlt: 'Ett par mörkbruna chelseaboots i läder fotograferade från sidan',
      },
      en: {
        name: 'Leather Chelsea Boots',
        slug: 'leather-chelsea-boots',
        shortDescription:
          'Classic Chelsea boots in smooth leather with elastic side panels and a grippy rubber sole.',
        description:
          'These Chelsea boots have a clean, timeless shape that goes with jeans, chinos and suits alike. The upper is made of smooth full-grain leather that softens and gains character with wear.\n\nThe elastic side panels and the pull tab at the back make the boots quick to put on and take off. The rubber sole has a patterned tread for better grip on wet streets, and the leather lining and removable insole make them comfortable to wear all day.\n\nCare for the leather with shoe cream and waterproofing spray, and the boots will stay in good condition for longer. Available in EU sizes 40–44.',
        specifications: [
          { label: 'Upper', value: 'Full-grain leather' },
          { label: 'Lining', value: 'Leather' },
          { label: 'Sole', value: 'Rubber' },
          { label: 'Shaft height', value: 'About 14 cm (size 42)' },
          { label: 'Colour', value: 'Dark brown' },
        ],
        imageAlt: 'A pair of dark brown leather Chelsea boots seen from the side',
      },
      zh: {
        name: '真皮切尔西靴',
        slug: 'zhenpi-qieerxi-xue',
        shortDescription: '经典光面真皮切尔西靴，两侧为弹力松紧带，搭配防滑橡胶鞋底。',
        description:
          '这款切尔西靴造型简洁经典，搭配牛仔裤、休闲裤或西装都很合适。鞋面采用光面头层粒面皮，穿着后会逐渐变软，越穿越有味道。\n\n两侧的弹力松紧带和后跟提环让穿脱十分快捷。橡胶鞋底带有纹路，在湿滑的街道上抓地力更好；真皮内里和可拆卸鞋垫让你一整天穿着都舒适。\n\n用鞋油和防水喷雾护理皮面，靴子能更长久地保持良好状态。提供欧码 40–44。',
        specifications: [
          { label: '鞋面', value: '头层粒面皮' },
          { label: '内里', value: '真皮' },
          { label: '鞋底', value: '橡胶' },
          { label: '靴筒高度', value: '约 14 厘米（42 码）' },
          { label: '颜色', value: '深棕色' },
        ],
        imageAlt: '一双深棕色真皮切尔西靴侧面图',
      },
    },
    variants: [
      { sku: 'SHOES-CB-40', options: { size: '40' }, stock: 5 },
      { sku: 'SHOES-CB-41', options: { size: '41' }, stock: 8 },
      { sku: 'SHOES-CB-42', options: { size: '42' }, stock: 10 },
      { sku: 'SHOES-CB-43', options: { size: '43' }, stock: 7 },
      { sku: 'SHOES-CB-44', options: { size: '44' }, stock: 4 },
    ],
  },
  {
    key: 'adjustable-dumbbells',
    sku: 'FIT-DB-001',
    categoryKey: 'fitness-equipment',
    brand: null,
    priceCents: 34900,
    stock: 12,
    featured: false,
    taxClass: 'standard',
    shape: 'dumbbell',
    text: {
      fi: {
        name: 'Säädettävät käsipainot',
        slug: 'saadettavat-kasipainot',
        shortDescription:
          'Pari säädettäviä käsipainoja 2,5–24 kilon painoilla, jotka korvaavat kotisalilla kokonaisen käsipainotelineen.',
        description:
          'Nämä säädettävät käsipainot korvaavat 15 paria kiinteitä käsipainoja mutta vievät lattiatilaa vain yhden parin verran. Valitse paino 2,5 ja 24 kilon väliltä 15 portaassa kiertämällä painon päissä olevia valitsimia ja nosta käsipaino telineestään.\n\nValitut painolevyt pysyvät lukittuina kahvaan harjoittelun ajan, ja tarpeettomat levyt jäävät telineeseen. Karhennettu kahva antaa varman otteen, vaikka kädet hikoaisivat.\n\nSarja sopii hyvin kotona tehtävään voimaharjoitteluun hauiskäännöistä ja pystypunnerruksista soutuliikkeisiin ja askelkyykkyihin. Myydään parina, telineet sisältyvät.',
        specifications: [
          { label: 'Paino per käsipaino', value: '2,5–24 kg' },
          { label: 'Painoportaat', value: '15' },
          { label: 'Pituus', value: 'noin 40 cm' },
          { label: 'Pakkauksen sisältö', value: '2 käsipainoa, 2 telinettä' },
        ],
        imageAlt: 'Pari mustia säädettäviä käsipainoja telineissään',
      },
      sv: {
        name: 'Justerbara hantlar',
        slug: 'justerbara-hantlar',
        shortDescription:
          'Ett par justerbara hantlar på 2,5–24 kg styck som ersätter ett helt hantelställ i hemmagymmet.',
        description:
          'De här justerbara hantlarna ersätter 15 par fasta hantlar men tar inte mer golvyta än ett enda par. Välj en vikt mellan 2,5 och 24 kg i 15 steg genom att vrida på vreden i båda ändarna och lyft sedan hanteln ur stället.\n\nViktskivorna du valt sitter låsta på handtaget medan du tränar, och de du inte behöver ligger kvar i stället. Det räfflade handtaget ger ett säkert grepp även när händerna blir svettiga.\n\nSetet passar bra för styrketräning hemma, från bicepscurl och axelpress till rodd och utfall. Säljs parvis, ställ ingår.',
        specifications: [
          { label: 'Vikt per hantel', value: '2,5–24 kg' },
          { label: 'Viktsteg', value: '15' },
          { label: 'Längd', value: 'cirka 40 cm' },
          { label: 'Ingår', value: '2 hantlar, 2 ställ' },
        ],
        imageAlt: 'Ett par svarta justerbara hantlar i sina ställ',
      },
      en: {
        name: 'Adjustable Dumbbells',
        slug: 'adjustable-dumbbells',
        shortDescription:
          'A pair of adjustable dumbbells from 2.5 to 24 kg each that replace a whole rack of weights in a home gym.',
        description:
          'These adjustable dumbbells replace 15 pairs of fixed weights and take up no more floor space than a single pair. Turn the dials at either end to choose a weight between 2.5 and 24 kg in 15 steps, then lift the dumbbell out of its tray.\n\nThe plates you select stay locked on the handle while you train, and the ones you do not need stay in the tray. The textured handle gives a secure grip even when your hands get sweaty.\n\nThe set is well suited to strength training at home, from curls and presses to rows and lunges. Sold as a pair, trays included.',
        specifications: [
          { label: 'Weight per dumbbell', value: '2.5–24 kg' },
          { label: 'Weight steps', value: '15' },
          { label: 'Length', value: 'About 40 cm' },
          { label: 'In the box', value: '2 dumbbells, 2 trays' },
        ],
        imageAlt: 'A pair of black adjustable dumbbells resting in their trays',
      },
      zh: {
        name: '可调节哑铃',
        slug: 'ketiaojie-yaling',
        shortDescription: '一对可调节哑铃，每只 2.5–24 公斤，一套即可替代家庭健身房里的整排哑铃。',
        description:
          '这对可调节哑铃可替代 15 对固定重量哑铃，占地面积却只相当于一对。转动两端的旋钮，即可在 2.5 至 24 公斤之间分 15 档选择重量，然后将哑铃从底座中提起。\n\n训练时，所选的配重片会牢牢锁定在手柄上，不需要的配重片则留在底座里。防滑纹理手柄即使手心出汗也能握得稳。\n\n非常适合在家进行力量训练，从弯举、推举到划船和弓步蹲都能完成。成对销售，含底座。',
        specifications: [
          { label: '单只重量', value: '2.5–24 公斤' },
          { label: '重量档位', value: '15 档' },
          { label: '长度', value: '约 40 厘米' },
          { label: '包装清单', value: '2 只哑铃，2 个底座' },
        ],
        imageAlt: '放在底座上的一对黑色可调节哑铃',
      },
    },
  },
  {
    key: 'yoga-mat',
    sku: 'FIT-YM-001',
    categoryKey: 'fitness-equipment',
    brand: null,
    priceCents: 3900,
    stock: 50,
    featured: false,
    taxClass: 'standard',
    shape: 'mat',
    text: {
      fi: {
        name: 'Joogamatto',
        slug: 'joogamatto',
        shortDescription:
          '6 mm paksu, liukumaton joogamatto, joka pehmentää polvien alla ja pysyy paikallaan joogassa, pilateksessa ja venyttelyssä.',
        description:
          'Tämä joogamatto on tarpeeksi paksu pehmentämään polvia ja ranteita mutta riittävän tukeva, jotta seisoma-asennoissa pysyy vakaana. Kuvioitu pinta antaa hyvän pidon käsille ja jaloille, ja pohja estää mattoa liukumasta lattialla.\n\nMatto on valmistettu TPE:stä, joka on kumia kevyempää ja tuoksuu uutenakin vain hieman. 183 × 61 cm:n matto on riittävän iso useimmille, ja mukana tulevalla kantohihnalla se kulkee helposti tunnille.\n\nPyyhi matto käytön jälkeen kostealla liinalla ja miedolla saippualla ja anna sen kuivua ennen rullaamista.',
        specifications: [
          { label: 'Koko', value: '183 × 61 cm' },
          { label: 'Paksuus', value: '6 mm' },
          { label: 'Materiaali', value: 'TPE' },
          { label: 'Paino', value: 'noin 0,9 kg' },
          { label: 'Mukana', value: 'kantohihna' },
        ],
        imageAlt: 'Auki rullattu salvianvihreä joogamatto ja sen vieressä kantohihna',
      },
      sv: {
        name: 'Yogamatta',
        slug: 'yogamatta',
        shortDescription:
          'Halkfri yogamatta på 6 mm som skonar knäna och ligger still under yoga, pilates och stretching.',
        description:
          'Den här yogamattan är tillräckligt tjock för att skona knän och handleder men tillräckligt fast för att du ska stå stadigt i stående positioner. Den mönstrade ytan ger bra grepp för händer och fötter, och undersidan hindrar mattan från att glida på golvet.\n\nMattan är gjord av TPE, som är lättare än gummi och bara luktar svagt när den är ny. Med måtten 183 × 61 cm räcker den för de flesta, och med den medföljande bärremmen är den lätt att ta med till passet.\n\nTorka av mattan med en fuktig trasa och mild tvål efter användning och låt den torka innan du rullar ihop den.',
        specifications: [
          { label: 'Storlek', value: '183 × 61 cm' },
          { label: 'Tjocklek', value: '6 mm' },
          { label: 'Material', value: 'TPE' },
          { label: 'Vikt', value: 'cirka 0,9 kg' },
          { label: 'Ingår', value: 'bärrem' },
        ],
        imageAlt: 'Utrullad salviagrön yogamatta med bärrem bredvid',
      },
      en: {
        name: 'Yoga Mat',
        slug: 'yoga-mat',
        shortDescription:
          'A 6 mm thick, non-slip yoga mat that cushions your knees and stays in place during yoga, pilates and stretching.',
        description:
          'This yoga mat is thick enough to cushion knees and wrists but firm enough to keep you stable in standing poses. The textured surface gives good grip for hands and feet, and the underside stops the mat from sliding on the floor.\n\nThe mat is made of TPE, which is lighter than rubber and has only a faint smell when new. At 183 × 61 cm it is large enough for most people, and the included carrying strap makes it easy to take to class.\n\nWipe the mat with a damp cloth and mild soap after use and let it dry before rolling it up.',
        specifications: [
          { label: 'Size', value: '183 × 61 cm' },
          { label: 'Thickness', value: '6 mm' },
          { label: 'Material', value: 'TPE' },
          { label: 'Weight', value: 'About 0.9 kg' },
          { label: 'Included', value: 'Carrying strap' },
        ],
        imageAlt: 'A rolled-out sage green yoga mat with a carrying strap beside it',
      },
      zh: {
        name: '瑜伽垫',
        slug: 'yujiadian',
        shortDescription: '6 毫米厚防滑瑜伽垫，保护膝盖，练习瑜伽、普拉提和拉伸时不易移位。',
        description:
          '这款瑜伽垫厚度适中，既能缓冲膝盖和手腕的压力，又足够紧实，让你在站姿体式中保持稳定。表面纹理为手脚提供良好的抓握力，底面可防止瑜伽垫在地板上滑动。\n\n瑜伽垫采用 TPE 材质，比橡胶更轻，新垫子只有轻微气味。183 × 61 厘米的尺寸适合大多数人使用，随附的背带方便携带去上课。\n\n使用后用湿布蘸少量温和肥皂擦拭，晾干后再卷起收纳。',
        specifications: [
          { label: '尺寸', value: '183 × 61 厘米' },
          { label: '厚度', value: '6 毫米' },
          { label: '材质', value: 'TPE' },
          { label: '重量', value: '约 0.9 公斤' },
          { label: '附件', value: '背带' },
        ],
        imageAlt: '展开的鼠尾草绿瑜伽垫，旁边放着背带',
      },
    },
  },
  {
    key: 'camping-tent-4',
    sku: 'CAMP-T4-001',
    categoryKey: 'outdoor-gear',
    brand: null,
    priceCents: 19900,
    stock: 15,
    featured: false,
    taxClass: 'standard',
    shape: 'tent',
    text: {
      fi: {
        name: 'Neljän hengen teltta',
        slug: 'neljan-hengen-teltta',
        shortDescription:
          'Tilava neljän hengen kupoliteltta, jossa on kaksi sisäänkäyntiä, eteiset varusteille ja 3 000 mm:n vesipilari.',
        description:
          'Tämä kupoliteltta on hyvä valinta perheen leirintämatkoille ja festariviikonloppuihin. Sisäteltassa on tilaa neljälle makuualustalle, ja korkeutta riittää istumiseen ja vaatteiden vaihtamiseen.\n\nUlkoteltan vesipilari on 3 000 mm ja saumat on teipattu, joten teltta pärjää kesän sadekuuroissa. Kahden oven ansiosta kenenkään ei tarvitse kiivetä toisten yli yöllä, ja eteiset pitävät kengät ja repput suojassa sateelta.\n\nVärikoodatut kaaret nopeuttavat pystytystä ensikertalaisellakin. Kaikki pakataan kantopussiin, jossa on kompressiohihnat.',
        specifications: [
          { label: 'Makuupaikat', value: '4' },
          { label: 'Sisäteltta', value: '240 × 220 cm' },
          { label: 'Korkeus', value: '150 cm' },
          { label: 'Vesipilari (ulkoteltta)', value: '3 000 mm' },
          { label: 'Pakkauspaino', value: 'noin 6,2 kg' },
        ],
        imageAlt: 'Vihreänharmaa kupoliteltta pystytettynä nurmikolle järven rannalla',
      },
      sv: {
        name: 'Tält för 4 personer',
        slug: 'talt-for-4-personer',
        shortDescription:
          'Rymligt kupoltält för fyra med två ingångar, absider för packningen och 3 000 mm vattenpelare.',
        description:
          'Det här kupoltältet är ett bra val för familjecamping och festivalhelger. Innertältet rymmer fyra personer på liggunderlag, och takhöjden räcker för att sitta upp och byta kläder.\n\nYttertältet har en vattenpelare på 3 000 mm och tejpade sömmar, så det klarar sommarens regnskurar. Två ingångar gör att ingen behöver klättra över någon på natten, och absiderna håller skor och ryggsäckar skyddade från regnet.\n\nDe färgkodade bågarna gör det snabbt att slå upp tältet, även för den som gör det för första gången. Allt packas i en bärpåse med kompressionsremmar.',
        specifications: [
          { label: 'Sovplatser', value: '4' },
          { label: 'Innertält', value: '240 × 220 cm' },
          { label: 'Höjd', value: '150 cm' },
          { label: 'Vattenpelare (yttertält)', value: '3 000 mm' },
          { label: 'Packvikt', value: 'cirka 6,2 kg' },
        ],
        imageAlt: 'Grönt och grått kupoltält uppslaget på en gräsmatta vid en sjö',
      },
      en: {
        name: '4-Person Camping Tent',
        slug: '4-person-camping-tent',
        shortDescription:
          'A roomy dome tent for four with two entrances, porches for your gear and a 3,000 mm hydrostatic head.',
        description:
          'This dome tent is a good choice for family camping and festival weekends. The inner tent fits four people on sleeping mats, and there is enough headroom to sit up and change clothes.\n\nThe flysheet has a 3,000 mm hydrostatic head and taped seams, so it copes with summer showers. With two entrances nobody has to climb over anyone at night, and the porches keep shoes and backpacks out of the rain.\n\nThe colour-coded poles make pitching quick, even for a first-timer. Everything packs into a carry bag with compression straps.',
        specifications: [
          { label: 'Sleeping places', value: '4' },
          { label: 'Inner tent', value: '240 × 220 cm' },
          { label: 'Height', value: '150 cm' },
          { label: 'Hydrostatic head (flysheet)', value: '3,000 mm' },
          { label: 'Packed weight', value: 'About 6.2 kg' },
        ],
        imageAlt: 'A green and grey dome tent pitched on a grassy lakeshore',
      },
      zh: {
        name: '四人露营帐篷',
        slug: 'siren-luying-zhangpeng',
        shortDescription: '宽敞的四人圆顶帐篷，双门设计，带装备前厅，外帐防水指数 3000 毫米。',
        description:
          '这款圆顶帐篷非常适合家庭露营和音乐节周末。内帐可并排铺下四张睡垫，高度足以坐起来换衣服。\n\n外帐防水指数为 3000 毫米，接缝经过压胶处理，能应对夏季阵雨。双门设计让夜里谁也不必从别人身上爬过，前厅可以把鞋子和背包挡在雨外。\n\n帐杆采用颜色编码，即使第一次搭帐篷也能很快完成。全部配件都可收进带压缩带的收纳袋中。',
        specifications: [
          { label: '睡眠人数', value: '4 人' },
          { label: '内帐尺寸', value: '240 × 220 厘米' },
          { label: '高度', value: '150 厘米' },
          { label: '外帐防水指数', value: '3000 毫米' },
          { label: '打包重量', value: '约 6.2 公斤' },
        ],
        imageAlt: '搭在湖边草地上的绿灰色圆顶帐篷',
      },
    },
  },
  {
    key: 'hiking-backpack-45',
    sku: 'OUT-BP-001',
    categoryKey: 'outdoor-gear',
    brand: null,
    priceCents: 11900,
    stock: 18,
    featured: false,
    taxClass: 'standard',
    shape: 'backpack',
    text: {
      fi: {
        name: 'Vaellusreppu 45 l',
        slug: 'vaellusreppu-45-l',
        shortDescription:
          '45 litran vaellusreppu, jossa on säädettävä selkäosa, pehmustettu lantiovyö ja sisäänrakennettu sadesuoja.',
        description:
          'Tämä 45 litran reppu on mitoitettu viikonloppuvaelluksille ja useamman päivän retkille, joilla kannat omat varusteesi. Selkäosan pituutta voi säätää vartalosi mukaan, ja pehmustettu lantiovyö siirtää suurimman osan painosta harteilta lantiolle.\n\nPäätasku aukeaa ylhäältä ja etupuolen vetoketjusta, joten pohjalla oleviin tavaroihin pääsee käsiksi purkamatta kaikkea. Sivutaskuihin mahtuvat juomapullot, ja lantiovyön taskuissa eväät ja puhelin ovat käden ulottuvilla.\n\nSadesuoja on omassa taskussaan repun pohjassa. Lisäksi repussa on tasku juomarakolle ja lenkit vaellussauvoille.',
        specifications: [
          { label: 'Tilavuus', value: '45 l' },
          { label: 'Paino', value: 'noin 1,5 kg' },
          { label: 'Selkäpituus', value: 'säädettävä' },
          { label: 'Materiaali', value: 'ripstop-polyamidi' },
          { label: 'Lisävarusteet', value: 'sadesuoja, juomarakon tasku, sauvalenkit' },
        ],
        imageAlt: 'Tummansininen 45 litran vaellusreppu pehmustetulla lantiovyöllä edestä kuvattuna',
      },
      sv: {
        name: 'Vandringsryggsäck 45 l',
        slug: 'vandringsryggsack-45-l',
        shortDescription:
          'Vandringsryggsäck på 45 liter med justerbart bärsystem, vadderat höftbälte och inbyggt regnskydd.',
        description:
          'Den här ryggsäcken på 45 liter är anpassad för helgvandringar och flerdagsturer där du bär din egen utrustning. Rygglängden går att justera efter din överkropp, och det vadderade höftbältet flyttar det mesta av vikten från axlarna till höfterna.\n\nHuvudfacket öppnas både uppifrån och med en dragkedja på framsidan, så att du kommer åt saker i botten utan att packa upp allt. Sidfickorna rymmer vattenflaskor, och i höftbältets fickor har du snacks och mobil nära till hands.\n\nRegnskyddet förvaras i en egen ficka i botten av ryggsäcken. Det finns även ett fack för vätskeblåsa och öglor för vandringsstavar.',
        specifications: [
          { label: 'Volym', value: '45 l' },
          { label: 'Vikt', value: 'cirka 1,5 kg' },
          { label: 'Rygglängd', value: 'justerbar' },
          { label: 'Material', value: 'ripstop i polyamid' },
          { label: 'Extra', value: 'regnskydd, fack för vätskeblåsa, stavöglor' },
        ],
        imageAlt: 'Mörkblå vandringsryggsäck på 45 liter med vadderat höftbälte, framifrån',
      },
      en: {
        name: 'Hiking Backpack 45 L',
        slug: 'hiking-backpack-45l',
        shortDescription:
          'A 45-litre hiking backpack with an adjustable back system, a padded hip belt and a built-in rain cover.',
        description:
          'This 45-litre backpack is sized for weekend hikes and multi-day trips where you carry your own gear. The back length can be adjusted to fit your torso, and the padded hip belt moves most of the load from your shoulders to your hips.\n\nThe main compartment opens at the top and through a front zip, so you can reach things at the bottom without unpacking everything. The side pockets hold water bottles, and the hip belt pockets keep snacks and a phone within reach.\n\nThe rain cover is stored in its own pocket at the bottom of the pack. There is also a sleeve for a hydration bladder and loops for trekking poles.',
        specifications: [
          { label: 'Volume', value: '45 l' },
          { label: 'Weight', value: 'About 1.5 kg' },
          { label: 'Back length', value: 'Adjustable' },
          { label: 'Material', value: 'Polyamide ripstop' },
          { label: 'Extras', value: 'Rain cover, hydration sleeve, pole loops' },
        ],
        imageAlt: 'A dark blue 45-litre hiking backpack with a padded hip belt, seen from the front',
      },
      zh: {
        name: '45 升徒步登山包',
        slug: '45-sheng-tubu-dengshanbao',
        shortDescription: '45 升徒步背包，背负系统可调节，配有加厚腰带和内置防雨罩。',
        description:
          '这款 45 升背包适合周末徒步和需要自背装备的多日行程。背长可根据躯干长度调节，加厚腰带能把大部分重量从肩部转移到髋部。\n\n主仓可从顶部开启，也可通过正面拉链打开，无需把东西全部取出就能拿到底部的物品。侧袋可放水瓶，腰带口袋让零食和手机随手可取。\n\n防雨罩收纳在背包底部的专用口袋里。背包还设有水袋仓和登山杖挂环。',
        specifications: [
          { label: '容量', value: '45 升' },
          { label: '重量', value: '约 1.5 公斤' },
          { label: '背长', value: '可调节' },
          { label: '材质', value: '防撕裂尼龙' },
          { label: '其他配置', value: '防雨罩、水袋仓、登山杖挂环' },
        ],
        imageAlt: '正面视角的深蓝色 45 升徒步背包，配有加厚腰带',
      },
    },
  },
  {
    key: 'programming-books-bundle',
    sku: 'BOOKS-PROG-001',
    categoryKey: 'non-fiction-tech',
    brand: null,
    priceCents: 9900,
    stock: 20,
    featured: true,
    taxClass: 'books',
    shape: 'book',
    text: {
      fi: {
        name: 'Ohjelmointikirjapaketti',
        slug: 'ohjelmointikirjapaketti',
        shortDescription:
          'Kolme käytännönläheistä ohjelmointikirjaa samassa paketissa: selkeä koodi, algoritmit ja tietorakenteet sekä moderni web-kehitys.',
        description:
          'Tähän pakettiin on koottu kolme kirjaa perusasioista, joita jokainen ohjelmoija tarvitsee ennemmin tai myöhemmin. Ensimmäinen kertoo luettavan ja ylläpidettävän koodin kirjoittamisesta, toinen selittää yleisimmät algoritmit ja tietorakenteet selkein esimerkein, ja kolmas käy läpi modernin verkkosovelluksen rakentamisen käyttöliittymästä palvelimeen.\n\nKirjat sopivat opiskelijoille, alanvaihtajille ja ohjelmoijille, jotka haluavat paikata osaamisensa aukkoja. Esimerkit ovat lyhyitä ja helppoja seurata, ja jokainen luku päättyy harjoituksiin.\n\nKirjat ovat englanninkielisiä, ja ne toimitetaan pehmeäkantisina kotelossa.',
        specifications: [
          { label: 'Sisältö', value: '3 kirjaa' },
          { label: 'Kieli', value: 'englanti' },
          { label: 'Sidosasu', value: 'pehmeäkantinen, kotelo' },
          { label: 'Sivumäärä', value: 'yhteensä noin 1 200' },
          { label: 'Taso', value: 'aloittelijasta keskitasolle' },
        ],
        imageAlt: 'Kolme ohjelmointikirjaa kotelossa, selkämykset värikkäät',
      },
      sv: {
        name: 'Bokpaket om programmering',
        slug: 'bokpaket-om-programmering',
        shortDescription:
          'Tre praktiska böcker om programmering i ett paket: ren kod, algoritmer och datastrukturer samt modern webbutveckling.',
        description:
          'I det här paketet finns tre böcker om grunder som alla utvecklare behöver förr eller senare. Den första handlar om att skriva läsbar kod som är lätt att underhålla, den andra förklarar vanliga algoritmer och datastrukturer med tydliga exempel, och den tredje går igenom hur man bygger en modern webbapplikation från frontend till backend.\n\nBöckerna passar studenter, dig som byter bana och utvecklare som vill fylla luckor i sina kunskaper. Exemplen är korta och lätta att följa, och varje kapitel avslutas med övningar.\n\nBöckerna är på engelska och levereras häftade i en box.',
        specifications: [
          { label: 'Innehåll', value: '3 böcker' },
          { label: 'Språk', value: 'engelska' },
          { label: 'Format', value: 'häftad, i box' },
          { label: 'Sidantal', value: 'totalt cirka 1 200' },
          { label: 'Nivå', value: 'nybörjare till medelnivå' },
        ],
        imageAlt: 'Tre böcker om programmering i en box med färgglada ryggar',
      },
      en: {
        name: 'Programming Books Bundle',
        slug: 'programming-books-bundle',
        shortDescription:
          'Three practical programming books in one bundle: clean code, algorithms and data structures, and modern web development.',
        description:
          'This bundle brings together three books on the basics every developer needs sooner or later. The first is about writing readable, maintainable code, the second explains common algorithms and data structures with clear examples, and the third walks through building a modern web application from front end to back end.\n\nThe books suit students, career changers and developers who want to fill gaps in their knowledge. The examples are short and easy to follow, and every chapter ends with exercises.\n\nThe books are in English and come as paperbacks in a slipcase.',
        specifications: [
          { label: 'Contents', value: '3 books' },
          { label: 'Language', value: 'English' },
          { label: 'Format', value: 'Paperback, slipcase' },
          { label: 'Pages', value: 'About 1,200 in total' },
          { label: 'Level', value: 'Beginner to intermediate' },
        ],
        imageAlt: 'Three programming books with colourful spines in a slipcase',
      },
      zh: {
        name: '编程图书套装',
        slug: 'biancheng-tushu-taozhuang',
        shortDescription: '三本实用编程书合为一套：整洁代码、算法与数据结构，以及现代 Web 开发。',
        description:
          '这套书收录了三本书，涵盖每位开发者迟早都会用到的基础知识。第一本讲解如何编写易读、易维护的代码，第二本通过清晰的示例介绍常见算法和数据结构，第三本则带你从前端到后端构建一个现代 Web 应用。\n\n适合学生、转行人士以及希望查漏补缺的开发者。示例简短易懂，每章末尾都配有练习题。\n\n本套书为英文平装本，附书盒。',
        specifications: [
          { label: '内容', value: '3 册' },
          { label: '语言', value: '英文' },
          { label: '装帧', value: '平装，附书盒' },
          { label: '页数', value: '共约 1200 页' },
          { label: '适合水平', value: '入门至中级' },
        ],
        imageAlt: '装在书盒里的三本编程书，书脊色彩鲜艳',
      },
    },
  },
  {
    key: 'data-science-handbook',
    sku: 'BOOKS-DS-001',
    categoryKey: 'non-fiction-tech',
    brand: null,
    priceCents: 4400,
    stock: 22,
    featured: false,
    taxClass: 'books',
    shape: 'book',
    text: {
      fi: {
        name: 'Data-analytiikan käsikirja',
        slug: 'data-analytiikan-kasikirja',
        shortDescription:
          'Käytännönläheinen opas data-analytiikkaan Pythonilla datan siivoamisesta visualisointiin ja ensimmäisiin koneoppimismalleihin.',
        description:
          'Tämä käsikirja opettaa datatieteen käytännön puolta Pythonilla. Se alkaa datan lataamisesta ja siivoamisesta, etenee analyysiin ja visualisointiin ja päättyy yksinkertaisten koneoppimismallien rakentamiseen ja arviointiin.\n\nJokainen aihe käydään läpi realististen esimerkkiaineistojen ja koodin avulla, jota voit ajaa itse notebookissa. Pythonin perusteiden tuntemuksesta on apua, mutta aiempaa kokemusta tilastotieteestä tai koneoppimisesta ei tarvita.\n\nKirja on englanninkielinen, ja se toimii sekä kurssikirjana että työpöydän hakuteoksena.',
        specifications: [
          { label: 'Kieli', value: 'englanti' },
          { label: 'Sivumäärä', value: '548' },
          { label: 'Sidosasu', value: 'pehmeäkantinen' },
          { label: 'Käsiteltävät työkalut', value: 'Python, pandas, NumPy, Matplotlib, scikit-learn' },
        ],
        imageAlt: 'Data-analytiikan käsikirjan kansi, jossa on kaavioita ja hajontakuvio',
      },
      sv: {
        name: 'Handbok i data science',
        slug: 'handbok-i-data-science',
        shortDescription:
          'Praktisk guide till dataanalys med Python, från datatvätt till visualisering och dina första maskininlärningsmodeller.',
        description:
          'Den här handboken lär ut den praktiska sidan av data science med Python. Den börjar med att läsa in och tvätta data, fortsätter med analys och visualisering och avslutas med att bygga och utvärdera enkla maskininlärningsmodeller.\n\nVarje ämne förklaras med realistiska exempeldata och kod som du kan köra själv i en notebook. Grundläggande kunskaper i Python är till hjälp, men du behöver ingen tidigare erfarenhet av statistik eller maskininlärning.\n\nBoken är på engelska och fungerar både som kursbok och som uppslagsbok på skrivbordet.',
        specifications: [
          { label: 'Språk', value: 'engelska' },
          { label: 'Sidantal', value: '548' },
          { label: 'Format', value: 'häftad' },
          { label: 'Verktyg som tas upp', value: 'Python, pandas, NumPy, Matplotlib, scikit-learn' },
        ],
        imageAlt: 'Omslaget till en handbok i data science med diagram och ett punktdiagram',
      },
      en: {
        name: 'Data Science Handbook',
        slug: 'data-science-handbook',
        shortDescription:
          'A hands-on guide to data analysis with Python, from cleaning data to visualisation and your first machine learning models.',
        description:
          'This handbook teaches the practical side of data science with Python. It starts with loading and cleaning data, moves on to analysis and visualisation, and ends with building and evaluating simple machine learning models.\n\nEvery topic is explained with realistic example datasets and code you can run yourself in a notebook. Basic Python knowledge helps, but no earlier experience of statistics or machine learning is needed.\n\nThe book is in English and works both as a course book and as a desk reference.',
        specifications: [
          { label: 'Language', value: 'English' },
          { label: 'Pages', value: '548' },
          { label: 'Format', value: 'Paperback' },
          { label: 'Tools covered', value: 'Python, pandas, NumPy, Matplotlib, scikit-learn' },
        ],
        imageAlt: 'The cover of a data science handbook with charts and a scatter plot',
      },
      zh: {
        name: '数据科学手册',
        slug: 'shuju-kexue-shouce',
        shortDescription:
          '用 Python 进行数据分析的实践指南，从数据清洗、可视化到构建你的第一个机器学习模型。',
        description:
          '本手册讲解用 Python 开展数据科学工作的实践方法。内容从加载和清洗数据入手，继而介绍数据分析和可视化，最后讲解如何构建和评估简单的机器学习模型。\n\n每个主题都配有贴近实际的示例数据集和代码，你可以在 Notebook 中亲自运行。具备 Python 基础会更有帮助，但无需统计学或机器学习方面的经验。\n\n本书为英文版，既可作为课程教材，也可放在案头随时查阅。',
        specifications: [
          { label: '语言', value: '英文' },
          { label: '页数', value: '548 页' },
          { label: '装帧', value: '平装' },
          { label: '涵盖工具', value: 'Python、pandas、NumPy、Matplotlib、scikit-learn' },
        ],
        imageAlt: '数据科学手册封面，印有图表和散点图',
      },
    },
  },
  {
    key: 'sci-fi-classics',
    sku: 'BOOKS-SCIFI-001',
    categoryKey: 'fiction',
    brand: null,
    priceCents: 5900,
    stock: 25,
    featured: false,
    taxClass: 'books',
    shape: 'book',
    text: {
      fi: {
        name: 'Tieteiskirjallisuuden klassikot',
        slug: 'tieteiskirjallisuuden-klassikot',
        shortDescription:
          'Viisi tieteiskirjallisuuden klassikkoromaania samassa kotelossa: avaruusmatkoja, tekoälyä ja tulevaisuuden yhteiskuntia.',
        description:
          'Tähän koteloon on koottu viisi klassista tieteisromaania lajityypin kulta-ajalta. Tarinat vievät avaruusmatkoille, kohtaamisiin tekoälyjen kanssa ja tulevaisuuden yhteiskuntiin, jotka antavat ajateltavaa vielä tänäkin päivänä.\n\nPaketti on hyvä aloitus kaikille, jotka haluavat tutustua lajityypin klassikoihin, ja mukava lahja lukijalle, joka jo valmiiksi rakastaa scifiä.\n\nKirjat ovat englanninkielisiä pokkareita, ja ne toimitetaan tukevassa kuvitetussa kotelossa.',
        specifications: [
          { label: 'Sisältö', value: '5 romaania' },
          { label: 'Kieli', value: 'englanti' },
          { label: 'Sidosasu', value: 'pokkari, kotelo' },
          { label: 'Sivumäärä', value: 'yhteensä noin 1 500' },
        ],
        imageAlt: 'Viisi tieteiskirjaa tähtitaivaalla kuvitetussa kotelossa',
      },
      sv: {
        name: 'Science fiction-klassiker',
        slug: 'science-fiction-klassiker',
        shortDescription:
          'Fem klassiska science fiction-romaner i en box: rymdresor, artificiell intelligens och framtidens samhällen.',
        description:
          'I den här boxen finns fem klassiska science fiction-romaner från genrens guldålder. Berättelserna tar dig med på resor ut i rymden, till möten med artificiella intelligenser och till framtida samhällen som fortfarande ger mycket att tänka på.\n\nBoxen är en bra start för den som vill lära känna genrens klassiker och en fin present till någon som redan älskar science fiction.\n\nBöckerna är engelskspråkiga pocketböcker och levereras i en stadig illustrerad box.',
        specifications: [
          { label: 'Innehåll', value: '5 romaner' },
          { label: 'Språk', value: 'engelska' },
          { label: 'Format', value: 'pocket, box' },
          { label: 'Sidantal', value: 'totalt cirka 1 500' },
        ],
        imageAlt: 'Fem science fiction-pocketböcker i en box illustrerad med stjärnhimmel',
      },
      en: {
        name: 'Sci-Fi Classics Box Set',
        slug: 'sci-fi-classics-box-set',
        shortDescription:
          'Five classic science fiction novels in one box set: space travel, artificial intelligence and societies of the future.',
        description:
          'This box set collects five classic science fiction novels from the golden age of the genre. The stories take you on journeys into space, to encounters with artificial intelligences and to future societies that still give plenty to think about today.\n\nThe set is a good starting point for anyone who wants to get to know the classics of the genre, and a nice gift for a reader who already loves science fiction.\n\nThe books are English-language paperbacks and come in a sturdy illustrated box.',
        specifications: [
          { label: 'Contents', value: '5 novels' },
          { label: 'Language', value: 'English' },
          { label: 'Format', value: 'Paperback, box set' },
          { label: 'Pages', value: 'About 1,500 in total' },
        ],
        imageAlt: 'Five science fiction paperbacks in a box illustrated with a starry sky',
      },
      zh: {
        name: '经典科幻小说套装',
        slug: 'jingdian-kehuan-xiaoshuo-taozhuang',
        shortDescription: '五部经典科幻小说套装，涵盖太空旅行、人工智能和未来社会等主题。',
        description:
          '本套装收录了科幻黄金时代的五部经典小说。故事将带你踏上太空之旅，与人工智能相遇，走进至今仍发人深省的未来社会。\n\n对于想了解科幻经典的读者来说，这是很好的入门选择；送给科幻迷也是一份不错的礼物。\n\n本套书为英文平装本，装在结实的插画书盒中。',
        specifications: [
          { label: '内容', value: '5 部长篇小说' },
          { label: '语言', value: '英文' },
          { label: '装帧', value: '平装，附书盒' },
          { label: '页数', value: '共约 1500 页' },
        ],
        imageAlt: '装在星空插画书盒中的五本科幻平装书',
      },
    },
  },
  {
    key: 'mystery-thriller-box',
    sku: 'BOOKS-MYS-001',
    categoryKey: 'fiction',
    brand: null,
    priceCents: 4500,
    stock: 30,
    featured: false,
    taxClass: 'books',
    shape: 'book',
    text: {
      fi: {
        name: 'Dekkaripaketti',
        slug: 'dekkaripaketti',
        shortDescription:
          'Neljä koukuttavaa jännitysromaania samassa kotelossa: juonenkäänteitä, vanhoja rikostapauksia ja etsiviä, joita seuraat viimeiselle sivulle asti.',
        description:
          'Tässä kotelossa on neljä itsenäistä jännitysromaania eri kirjailijoilta. Luvassa on pikkukaupungin salaisuuksia, vanhoja tapauksia, jotka palaavat tutkijoiden riesaksi, ja juonia, jotka pitävät arvailemassa loppuun asti.\n\nJokaisen kirjan voi lukea itsenäisesti, joten voit aloittaa mistä tahansa. Paketti on hyvä valinta pitkiin iltoihin, mökkilomalle tai lahjaksi dekkarien ystävälle.\n\nKirjat ovat englanninkielisiä pokkareita, ja ne toimitetaan lahjakotelossa.',
        specifications: [
          { label: 'Sisältö', value: '4 romaania' },
          { label: 'Kieli', value: 'englanti' },
          { label: 'Sidosasu', value: 'pokkari, lahjakotelo' },
          { label: 'Sivumäärä', value: 'yhteensä noin 1 400' },
        ],
        imageAlt: 'Neljä tummakantista jännityspokkaria lahjakotelossa',
      },
      sv: {
        name: 'Deckarbox',
        slug: 'deckarbox',
        shortDescription:
          'Fyra spännande deckare i en box, fulla av vändningar, gamla fall och utredare som du följer till sista sidan.',
        description:
          'I den här boxen finns fyra fristående spänningsromaner av olika författare. Här väntar småstadshemligheter, gamla fall som kommer tillbaka och hemsöker utredarna och intriger som får dig att gissa ända till slutet.\n\nVarje bok kan läsas för sig, så du kan börja med vilken du vill. Boxen är ett bra val för långa kvällar, semestern på landet eller som present till en deckarälskare.\n\nBöckerna är engelskspråkiga pocketböcker och levereras i en presentbox.',
        specifications: [
          { label: 'Innehåll', value: '4 romaner' },
          { label: 'Språk', value: 'engelska' },
          { label: 'Format', value: 'pocket, presentbox' },
          { label: 'Sidantal', value: 'totalt cirka 1 400' },
        ],
        imageAlt: 'Fyra deckare i pocket med mörka omslag i en presentbox',
      },
      en: {
        name: 'Mystery Thriller Box Set',
        slug: 'mystery-thriller-box-set',
        shortDescription:
          'Four gripping mystery thrillers in one box, full of twists, cold cases and detectives you will follow to the last page.',
        description:
          'This box set contains four standalone mystery thrillers by different authors. Expect small-town secrets, old cases that come back to haunt the investigators and plots that keep you guessing until the end.\n\nEach book can be read on its own, so you can start with whichever you like. The set is a good choice for long evenings, a holiday at the cottage or as a gift for a crime fiction fan.\n\nThe books are English-language paperbacks and come in a gift box.',
        specifications: [
          { label: 'Contents', value: '4 novels' },
          { label: 'Language', value: 'English' },
          { label: 'Format', value: 'Paperback, gift box' },
          { label: 'Pages', value: 'About 1,400 in total' },
        ],
        imageAlt: 'Four dark-covered thriller paperbacks in a gift box',
      },
      zh: {
        name: '悬疑推理小说套装',
        slug: 'xuanyi-tuili-xiaoshuo-taozhuang',
        shortDescription: '四部扣人心弦的悬疑推理小说合为一套，情节反转不断，让你一口气读到最后一页。',
        description:
          '本套装收录了不同作者的四部独立悬疑推理小说。小镇秘密、重新浮出水面困扰调查者的陈年旧案，以及让人猜到最后一刻的情节，应有尽有。\n\n每本书都可以单独阅读，从哪一本开始都可以。适合在漫长的夜晚或度假时阅读，也是送给推理小说迷的好礼物。\n\n本套书为英文平装本，装在礼盒中。',
        specifications: [
          { label: '内容', value: '4 部长篇小说' },
          { label: '语言', value: '英文' },
          { label: '装帧', value: '平装，附礼盒' },
          { label: '页数', value: '共约 1400 页' },
        ],
        imageAlt: '装在礼盒中的四本深色封面悬疑平装书',
      },
    },
  },
  {
    key: 'vitamin-c-serum',
    sku: 'SKIN-VCS-001',
    categoryKey: 'skincare',
    brand: null,
    priceCents: 4900,
    previousPriceCents: 6900,
    stock: 55,
    featured: false,
    taxClass: 'standard',
    shape: 'bottle',
    text: {
      fi: {
        name: 'C-vitamiiniseerumisetti',
        slug: 'c-vitamiiniseerumisetti',
        shortDescription:
          'Setti, jossa on 15-prosenttinen C-vitamiiniseerumi ja hyaluronihapposeerumi aamurutiiniin raikkaan ja tasaisen näköiselle iholle.',
        description:
          'Tässä setissä on kaksi toisiaan hyvin täydentävää seerumia. C-vitamiiniseerumi sisältää 15 % askorbiinihappoa sekä E-vitamiinia, ja sitä käytetään aamuisin tasoittamaan ihon sävyn ulkonäköä. Hyaluronihapposeerumi sitoo kosteutta ja jättää ihon pehmeän tuntuiseksi.\n\nLevitä muutama tippa C-vitamiiniseerumia puhtaalle iholle, jatka hyaluronihapposeerumilla ja viimeistele kosteusvoiteella ja aurinkosuojalla. Molemmat seerumit ovat hajusteettomia.\n\nSäilytä C-vitamiiniseerumi viileässä ja suojassa auringonvalolta ja käytä se kolmen kuukauden kuluessa avaamisesta. Jos ihosi on herkkä, kokeile seerumia ensin pienelle ihoalueelle.',
        specifications: [
          { label: 'Sisältö', value: 'C-vitamiiniseerumi 30 ml, hyaluronihapposeerumi 30 ml' },
          {
            label: 'Tärkeimmät ainesosat',
            value: '15 % C-vitamiini (askorbiinihappo), E-vitamiini, hyaluronihappo',
          },
          { label: 'Ihotyyppi', value: 'kaikki ihotyypit' },
          { label: 'Hajuste', value: 'hajusteeton' },
        ],
        imageAlt: 'Kaksi ruskeaa lasista pipettipulloa seerumia vierekkäin',
      },
      sv: {
        name: 'Set med C-vitaminserum',
        slug: 'set-med-c-vitaminserum',
        shortDescription:
          'Set med ett C-vitaminserum på 15 % och ett hyaluronsyraserum för en morgonrutin som låter huden se fräsch och jämn ut.',
        description:
          'I det här setet finns två serum som kompletterar varandra. C-vitaminserumet innehåller 15 % askorbinsyra och vitamin E och används på morgonen för att jämna ut hudtonens utseende. Hyaluronsyraserumet binder fukt och gör att huden känns mjuk.\n\nFördela några droppar C-vitaminserum på ren hud, fortsätt med hyaluronsyraserumet och avsluta med en fuktkräm och solskydd. Båda serumen är oparfymerade.\n\nFörvara C-vitaminserumet svalt och skyddat från solljus och använd det inom tre månader efter öppnandet. Gör ett test på ett litet hudområde först om du har känslig hud.',
        specifications: [
          { label: 'Innehåll', value: 'C-vitaminserum 30 ml, hyaluronsyraserum 30 ml' },
          { label: 'Viktiga ingredienser', value: '15 % vitamin C (askorbinsyra), vitamin E, hyaluronsyra' },
          { label: 'Hudtyp', value: 'alla hudtyper' },
          { label: 'Parfym', value: 'oparfymerad' },
        ],
        imageAlt: 'Två bruna pipettflaskor i glas med serum bredvid varandra',
      },
      en: {
        name: 'Vitamin C Serum Set',
        slug: 'vitamin-c-serum-set',
        shortDescription:
          'A 15% vitamin C serum and a hyaluronic acid serum for a morning routine that leaves skin looking fresh and even.',
        description:
          'This set combines two serums that complement each other. The vitamin C serum contains 15% ascorbic acid and vitamin E and is used in the morning to even out the look of your skin tone. The hyaluronic acid serum binds moisture and leaves the skin feeling soft.\n\nApply a few drops of the vitamin C serum to clean skin, follow with the hyaluronic acid serum and finish with a moisturiser and sunscreen. Both serums are fragrance-free.\n\nStore the vitamin C serum in a cool place away from sunlight and use it within three months of opening. If you have sensitive skin, try it on a small area first.',
        specifications: [
          { label: 'Contents', value: 'Vitamin C serum 30 ml, hyaluronic acid serum 30 ml' },
          { label: 'Key ingredients', value: '15% vitamin C (ascorbic acid), vitamin E, hyaluronic acid' },
          { label: 'Skin type', value: 'All skin types' },
          { label: 'Fragrance', value: 'Fragrance-free' },
        ],
        imageAlt: 'Two amber glass dropper bottles of serum side by side',
      },
      zh: {
        name: '维生素 C 精华套装',
        slug: 'weishengsu-c-jinghua-taozhuang',
        shortDescription: '15% 维生素 C 精华与玻尿酸精华组合，适合早间护肤，让肌肤看起来清新匀净。',
        description:
          '本套装包含两款相辅相成的精华。维生素 C 精华含 15% 抗坏血酸和维生素 E，适合早上使用，有助于改善肤色不均的外观。玻尿酸精华能锁住水分，让肌肤触感柔软。\n\n在洁净的肌肤上涂抹几滴维生素 C 精华，再使用玻尿酸精华，最后涂抹保湿霜和防晒霜。两款精华均不含香精。\n\n维生素 C 精华请存放在阴凉避光处，开封后三个月内用完。敏感肌肤请先在小面积皮肤上试用。',
        specifications: [
          { label: '套装内容', value: '维生素 C 精华 30 毫升，玻尿酸精华 30 毫升' },
          { label: '主要成分', value: '15% 维生素 C（抗坏血酸）、维生素 E、玻尿酸' },
          { label: '适用肤质', value: '所有肤质' },
          { label: '香精', value: '无香精' },
        ],
        imageAlt: '并排摆放的两瓶琥珀色玻璃滴管精华',
      },
    },
  },
  {
    key: 'face-cream-spf30',
    sku: 'SKIN-MC-001',
    categoryKey: 'skincare',
    brand: null,
    priceCents: 3500,
    stock: 60,
    featured: false,
    taxClass: 'standard',
    shape: 'jar',
    text: {
      fi: {
        name: 'Kosteuttava päivävoide SPF 30',
        slug: 'kosteuttava-paivavoide-spf-30',
        shortDescription:
          'Kevyt kosteuttava päivävoide, jossa on laajakirjoinen SPF 30 -suoja UVA- ja UVB-säteilyltä, päivittäiseen käyttöön myös meikin alle.',
        description:
          'Tämä päivävoide yhdistää kosteutuksen ja aurinkosuojan yhteen vaiheeseen. Kevyt koostumus imeytyy nopeasti eikä jätä rasvaista kalvoa, joten voide sopii hyvin meikin alle.\n\nSPF 30 -suoja UVA- ja UVB-suodattimineen suojaa ihoa arjessa, työmatkalla ja ikkunan ääressä istuessa. Glyseriini ja sheavoi auttavat pitämään ihon kosteutettuna läpi päivän.\n\nLevitä runsaasti aamurutiinin viimeisenä vaiheena. Lisää voidetta pitkään ulkona ollessa sekä uinnin ja pyyhkeellä kuivaamisen jälkeen. Voide on hajusteeton.',
        specifications: [
          { label: 'Tilavuus', value: '50 ml' },
          { label: 'Aurinkosuoja', value: 'SPF 30, UVA/UVB' },
          { label: 'Ihotyyppi', value: 'normaali ja kuiva iho' },
          { label: 'Hajuste', value: 'hajusteeton' },
        ],
        imageAlt: 'Valkoinen 50 ml:n päivävoidepurkki, jonka etiketissä lukee SPF 30',
      },
      sv: {
        name: 'Återfuktande dagkräm SPF 30',
        slug: 'aterfuktande-dagkram-spf-30',
        shortDescription:
          'Lätt återfuktande dagkräm med bredspektrumskydd SPF 30 mot UVA och UVB för daglig användning, även under smink.',
        description:
          'Den här dagkrämen kombinerar fukt och solskydd i ett steg. Den lätta konsistensen sjunker in snabbt utan att lämna en fet hinna, så den fungerar bra under smink.\n\nSPF 30 med UVA- och UVB-filter skyddar huden i vardagen, på väg till jobbet eller när du sitter vid fönstret. Glycerin och sheasmör hjälper till att hålla huden återfuktad under dagen.\n\nApplicera rikligt som sista steg i morgonrutinen. Applicera igen vid långa vistelser utomhus samt efter bad och handdukstorkning. Krämen är oparfymerad.',
        specifications: [
          { label: 'Volym', value: '50 ml' },
          { label: 'Solskydd', value: 'SPF 30, UVA/UVB' },
          { label: 'Hudtyp', value: 'normal till torr hud' },
          { label: 'Parfym', value: 'oparfymerad' },
        ],
        imageAlt: 'Vit burk med 50 ml dagkräm och SPF 30 på etiketten',
      },
      en: {
        name: 'Moisturising Day Cream SPF 30',
        slug: 'moisturising-day-cream-spf30',
        shortDescription:
          'A light moisturising day cream with broad-spectrum SPF 30 UVA/UVB protection for everyday use, also under make-up.',
        description:
          'This day cream combines moisture and sun protection in one step. The light texture absorbs quickly without leaving a greasy film, so it works well under make-up.\n\nSPF 30 with UVA and UVB filters protects the skin in everyday life, on the way to work or when you sit by a window. Glycerin and shea butter help keep the skin moisturised through the day.\n\nApply generously as the last step of your morning routine. Reapply during long periods outdoors and after swimming or towel drying. The cream is fragrance-free.',
        specifications: [
          { label: 'Volume', value: '50 ml' },
          { label: 'Sun protection', value: 'SPF 30, UVA/UVB' },
          { label: 'Skin type', value: 'Normal to dry skin' },
          { label: 'Fragrance', value: 'Fragrance-free' },
        ],
        imageAlt: 'A white 50 ml jar of day cream with SPF 30 on the label',
      },
      zh: {
        name: '保湿防晒日霜 SPF30',
        slug: 'baoshi-fangshai-rishuang-spf30',
        shortDescription: '质地轻盈的保湿日霜，SPF30 广谱防护 UVA/UVB，适合日常使用，也可作妆前打底。',
        description:
          '这款日霜一步兼顾保湿与防晒。轻盈质地吸收迅速，不留油腻感，很适合作为妆前打底。\n\nSPF30 配合 UVA 和 UVB 防晒剂，在通勤路上或坐在窗边等日常场景中为肌肤提供防护。甘油和乳木果油帮助肌肤全天保持滋润。\n\n作为早间护肤的最后一步，取足量均匀涂抹。长时间户外活动、游泳后以及用毛巾擦干后请及时补涂。本品不含香精。',
        specifications: [
          { label: '容量', value: '50 毫升' },
          { label: '防晒指数', value: 'SPF30，UVA/UVB' },
          { label: '适用肤质', value: '中性至干性肌肤' },
          { label: '香精', value: '无香精' },
        ],
        imageAlt: '标签上印有 SPF30 字样的白色 50 毫升日霜罐',
      },
    },
  },
  {
    key: 'lego-technic-porsche',
    sku: 'TOYS-LEGO-001',
    categoryKey: 'toys',
    brand: 'LEGO',
    priceCents: 14900,
    stock: 20,
    featured: true,
    taxClass: 'standard',
    shape: 'bricks',
    text: {
      fi: {
        name: 'LEGO Technic Porsche 911 RSR',
        slug: 'lego-technic-porsche-911-rsr',
        shortDescription:
          'Yksityiskohtainen LEGO Technic -pienoismalli Porsche 911 RSR -kilpa-autosta: 1 580 osaa, toimiva ohjaus ja bokserimoottori liikkuvine mäntineen.',
        description:
          'LEGO Technic Porsche 911 RSR on yksityiskohtainen pienoismalli Porschen GT-kilpa-autosta 10 vuotta täyttäneille rakentajille. Valmiissa mallissa on toimiva ohjaus, itsenäinen jousitus ja kuusisylinterinen bokserimoottori liikkuvine mäntineen, ja ovet aukeavat niin, että sisätilat näkyvät.\n\nRakentaminen etenee numeroitujen pussien ja selkeiden vaiheittaisten ohjeiden mukaan, joten malli sopii hyvin muutaman illan projektiksi yksin tai yhdessä. Mallissa on tunnistettava kilpa-auton väritys ja suuri takasiipi.\n\nValmis auto on noin 48 cm pitkä, ja se näyttää hyvältä myös hyllyllä.',
        specifications: [
          { label: 'Settinumero', value: '42096' },
          { label: 'Osia', value: '1 580' },
          { label: 'Ikäsuositus', value: '10+' },
          { label: 'Pituus', value: 'noin 48 cm' },
        ],
        imageAlt:
          'Valkoinen LEGO Technic Porsche 911 RSR -kilpa-auto kilpavärityksineen ja suurine takasiipineen',
      },
      sv: {
        name: 'LEGO Technic Porsche 911 RSR',
        slug: 'lego-technic-porsche-911-rsr',
        shortDescription:
          'Detaljerad LEGO Technic-modell av racerbilen Porsche 911 RSR med 1 580 delar, fungerande styrning och boxermotor med rörliga kolvar.',
        description:
          'LEGO Technic Porsche 911 RSR är en detaljerad modell av Porsches GT-racerbil för byggare från 10 år. Den färdiga modellen har fungerande styrning, individuell fjädring och en sexcylindrig boxermotor med rörliga kolvar, och dörrarna går att öppna så att du ser interiören.\n\nBygget följer numrerade påsar och tydliga steg-för-steg-instruktioner, så det passar bra som ett projekt under några kvällar, ensam eller tillsammans. Modellen har den karakteristiska racingdekoren och en stor bakvinge.\n\nDen färdiga bilen är cirka 48 cm lång och gör sig bra på hyllan när den är klar.',
        specifications: [
          { label: 'Setnummer', value: '42096' },
          { label: 'Antal delar', value: '1 580' },
          { label: 'Ålder', value: '10+' },
          { label: 'Längd', value: 'cirka 48 cm' },
        ],
        imageAlt: 'Vit LEGO Technic Porsche 911 RSR med racingdekor och stor bakvinge',
      },
      en: {
        name: 'LEGO Technic Porsche 911 RSR',
        slug: 'lego-technic-porsche-911-rsr',
        shortDescription:
          'A detailed LEGO Technic model of the Porsche 911 RSR race car with 1,580 pieces, working steering and a flat-six engine with moving pistons.',
        description:
          'LEGO Technic Porsche 911 RSR is a detailed replica of Porsche’s GT race car for builders aged 10 and up. The finished model has working steering, independent suspension and a flat-six engine with moving pistons, and the doors open to show the interior.\n\nThe build follows numbered bags and clear step-by-step instructions, so it works well as a project for a few evenings, alone or together. The model carries the recognisable racing livery and a large rear wing.\n\nThe finished car is about 48 cm long and looks good on a shelf once it is built.',
        specifications: [
          { label: 'Set number', value: '42096' },
          { label: 'Pieces', value: '1,580' },
          { label: 'Age', value: '10+' },
          { label: 'Length', value: 'About 48 cm' },
        ],
        imageAlt: 'A white LEGO Technic Porsche 911 RSR race car with racing livery and a large rear wing',
      },
      zh: {
        name: '乐高机械组 保时捷 911 RSR',
        slug: 'lego-technic-porsche-911-rsr',
        shortDescription:
          '乐高机械组保时捷 911 RSR 赛车精细模型，共 1580 块颗粒，转向可操作，水平对置发动机活塞可动。',
        description:
          '乐高机械组保时捷 911 RSR 是保时捷 GT 赛车的精细复刻模型，适合 10 岁及以上的拼搭爱好者。拼好的模型具备可操作的转向系统、独立悬挂，以及活塞可动的水平对置六缸发动机；车门可以打开，能看到车内细节。\n\n拼搭过程按编号袋装分步进行，并配有清晰的说明书，很适合花几个晚上独自或与家人朋友一起完成。模型还原了辨识度很高的赛车涂装和大尺寸尾翼。\n\n成品长约 48 厘米，拼好后摆在架子上也十分美观。',
        specifications: [
          { label: '套装编号', value: '42096' },
          { label: '颗粒数', value: '1580 块' },
          { label: '适用年龄', value: '10 岁以上' },
          { label: '长度', value: '约 48 厘米' },
        ],
        imageAlt: '带赛车涂装和大尾翼的白色乐高机械组保时捷 911 RSR 赛车',
      },
    },
  },
  {
    key: 'board-game-collection',
    sku: 'TOYS-BG-001',
    categoryKey: 'toys',
    brand: null,
    priceCents: 8900,
    previousPriceCents: 12000,
    stock: 30,
    featured: false,
    taxClass: 'standard',
    shape: 'dice',
    text: {
      fi: {
        name: 'Lautapelikokoelma',
        slug: 'lautapelikokoelma',
        shortDescription:
          'Kymmenen klassista lautapeliä samassa puulaatikossa, mukana muun muassa shakki, tammi, backgammon ja ludo 2–4 pelaajalle.',
        description:
          'Tähän kokoelmaan on koottu kymmenen klassista peliä samaan puulaatikkoon: shakki, tammi, backgammon, ludo, käärmeet ja tikkaat, mylly, domino, pelikortit, noppapelit ja naulapasianssi. Kääntöpuoliset pelilaudat säilyvät siististi kannen sisällä.\n\nPelit sopivat eri-ikäisille perheenjäsenille ja ystäville, aina nopeista ludo-kierroksista lasten kanssa pitkiin shakki-iltoihin. Mukana ovat selkeät säännöt jokaiseen peliin suomeksi, ruotsiksi ja englanniksi.\n\nPelinappulat on tehty puusta, ja laatikko sulkeutuu metallisella hakasella, joten kaikki pysyy tallessa pelikertojen välillä.',
        specifications: [
          { label: 'Pelien määrä', value: '10' },
          { label: 'Pelaajat', value: '2–4' },
          { label: 'Ikäsuositus', value: '6+' },
          { label: 'Laatikon koko', value: '40 × 40 × 7 cm' },
          { label: 'Säännöt', value: 'suomi, ruotsi, englanti' },
        ],
        imageAlt: 'Avattu puinen pelilaatikko, jossa on shakkilauta, pelinappuloita ja noppia',
      },
      sv: {
        name: 'Spelsamling i trälåda',
        slug: 'spelsamling-i-tralada',
        shortDescription:
          'Tio klassiska brädspel i en trälåda, bland annat schack, dam, backgammon och fia, för två till fyra spelare.',
        description:
          'Den här samlingen innehåller tio klassiska spel i en och samma trälåda: schack, dam, backgammon, fia, ormar och stegar, kvarn, domino, en kortlek, tärningsspel och solitär. De vändbara spelbräderna förvaras prydligt i locket.\n\nSpelen passar familj och vänner i olika åldrar, från snabba omgångar fia med barnen till en lång kväll med schack. Tydliga regler till varje spel finns på finska, svenska och engelska.\n\nSpelpjäserna är gjorda av trä, och lådan stängs med ett metallbeslag, så allt hålls samlat mellan spelkvällarna.',
        specifications: [
          { label: 'Antal spel', value: '10' },
          { label: 'Spelare', value: '2–4' },
          { label: 'Ålder', value: '6+' },
          { label: 'Lådans mått', value: '40 × 40 × 7 cm' },
          { label: 'Regler på', value: 'finska, svenska, engelska' },
        ],
        imageAlt: 'Öppen spellåda i trä med schackbräde, spelpjäser och tärningar',
      },
      en: {
        name: 'Board Game Collection',
        slug: 'board-game-collection',
        shortDescription:
          'Ten classic board games in one wooden box, including chess, draughts, backgammon and ludo, for two to four players.',
        description:
          'This collection brings ten classic games together in one wooden box: chess, draughts, backgammon, ludo, snakes and ladders, nine men’s morris, dominoes, a deck of playing cards, dice games and peg solitaire. The reversible boards store neatly in the lid.\n\nThe games suit family and friends of different ages, from quick rounds of ludo with the children to a long evening of chess. Clear rules for every game are included in Finnish, Swedish and English.\n\nThe pieces are made of wood, and the box closes with a metal clasp, so everything stays together between games.',
        specifications: [
          { label: 'Number of games', value: '10' },
          { label: 'Players', value: '2–4' },
          { label: 'Age', value: '6+' },
          { label: 'Box size', value: '40 × 40 × 7 cm' },
          { label: 'Rules in', value: 'Finnish, Swedish, English' },
        ],
        imageAlt: 'An open wooden game box with a chessboard, game pieces and dice',
      },
      zh: {
        name: '经典桌游合集',
        slug: 'jingdian-zhuoyou-heji',
        shortDescription:
          '十款经典桌游装在一个木盒中，包括国际象棋、国际跳棋、双陆棋和飞行棋，适合 2–4 名玩家。',
        description:
          '这套合集将十款经典游戏收纳于同一个木盒中：国际象棋、国际跳棋、双陆棋、飞行棋、蛇梯棋、九子棋、多米诺骨牌、扑克牌、骰子游戏和单人跳棋。双面棋盘可整齐收纳在盒盖内。\n\n这些游戏适合不同年龄的家人和朋友，从和孩子们快速玩几局飞行棋，到下一整晚的国际象棋都可以。每款游戏都附有清晰的芬兰语、瑞典语和英语规则说明。\n\n棋子均为木制，木盒配有金属搭扣，游戏结束后所有配件都能收纳在一起。',
        specifications: [
          { label: '游戏数量', value: '10 款' },
          { label: '玩家人数', value: '2–4 人' },
          { label: '适用年龄', value: '6 岁以上' },
          { label: '木盒尺寸', value: '40 × 40 × 7 厘米' },
          { label: '规则语言', value: '芬兰语、瑞典语、英语' },
        ],
        imageAlt: '打开的木制游戏盒，内有国际象棋棋盘、棋子和骰子',
      },
    },
  },
  {
    key: 'dash-cam-4k',
    sku: 'AUTO-DC-001',
    categoryKey: 'automotive',
    brand: null,
    priceCents: 12900,
    stock: 25,
    featured: false,
    taxClass: 'standard',
    shape: 'dashcam',
    text: {
      fi: {
        name: '4K-autokamera',
        slug: '4k-autokamera',
        shortDescription:
          'Kompakti 4K-autokamera, jossa on laaja 140 asteen objektiivi, Wi-Fi-yhteys sovellukseen ja tapahtumien automaattinen tallennus.',
        description:
          'Tämä autokamera tallentaa edessä olevan tien 4K-tarkkuudella, joten esimerkiksi rekisterikilvet on helpompi erottaa videolta. 140 asteen laajakulmaobjektiivi kattaa useamman kaistan, ja HDR auttaa tunneleissa ja matalalta paistavassa auringossa.\n\nSisäänrakennettu G-anturi tunnistaa äkkijarrutukset ja törmäykset ja tallentaa videon niin, ettei sitä kirjoiteta yli. Silmukkatallennuksen ansiosta muistikorttia ei tarvitse tyhjentää käsin. Pysäköintitilassa kamera voi aloittaa tallennuksen, jos se havaitsee töytäisyn auton ollessa pysäköitynä (vaatii erikseen myytävän kiinteän asennussarjan).\n\nYhdistä puhelin kameraan Wi-Fillä, niin voit katsoa ja ladata videoita sovelluksessa. Kamera tukee enintään 256 GB:n microSD-kortteja; kortti ei sisälly toimitukseen.',
        specifications: [
          { label: 'Videotarkkuus', value: '3840 × 2160 (4K), 30 fps' },
          { label: 'Kuvakulma', value: '140°' },
          { label: 'Tallennus', value: 'microSD enintään 256 GB (ei sisälly)' },
          { label: 'Yhteydet', value: 'Wi-Fi, sovellus' },
          { label: 'Virransyöttö', value: 'tupakansytytinadapteri, USB-C' },
        ],
        imageAlt: 'Pieni musta autokamera kiinnitettynä auton tuulilasiin',
      },
      sv: {
        name: 'Bilkamera 4K',
        slug: 'bilkamera-4k',
        shortDescription:
          'Kompakt 4K-bilkamera med vidvinkellins på 140°, wifi för appen och automatisk inspelning vid incidenter.',
        description:
          'Den här bilkameran filmar vägen framför dig i 4K-upplösning, så att detaljer som registreringsskyltar är lättare att urskilja i filmen. Vidvinkelobjektivet på 140° täcker flera körfält, och HDR hjälper i tunnlar och i lågt stående sol.\n\nDen inbyggda G-sensorn känner av kraftiga inbromsningar och kollisioner och sparar klippet så att det inte skrivs över. Tack vare loopinspelning behöver du aldrig tömma minneskortet för hand. I parkeringsläget kan kameran börja spela in om den känner av en stöt när bilen står parkerad (kräver ett fast installationskit som säljs separat).\n\nAnslut telefonen till kameran via wifi för att titta på och ladda ner klipp i appen. Kameran tar microSD-kort på upp till 256 GB; kort ingår inte.',
        specifications: [
          { label: 'Videoupplösning', value: '3840 × 2160 (4K), 30 fps' },
          { label: 'Bildvinkel', value: '140°' },
          { label: 'Lagring', value: 'microSD upp till 256 GB (ingår ej)' },
          { label: 'Anslutning', value: 'wifi, app' },
          { label: 'Strömförsörjning', value: 'adapter för 12 V-uttag, USB-C' },
        ],
        imageAlt: 'Liten svart bilkamera monterad på en bils vindruta',
      },
      en: {
        name: '4K Dash Cam',
        slug: '4k-dash-cam',
        shortDescription:
          'A compact 4K dash cam with a wide 140° lens, Wi-Fi for the app and automatic saving of incident clips.',
        description:
          'This dash cam records the road ahead in 4K resolution, so details such as number plates are easier to make out in the footage. The 140° wide-angle lens covers several lanes, and HDR helps in tunnels and low sun.\n\nThe built-in G-sensor detects hard braking and collisions and protects the clip so it is not overwritten. Thanks to loop recording you never need to clear the memory card by hand. In parking mode the camera can start recording if it senses an impact while the car is parked (requires a hardwire kit, sold separately).\n\nConnect your phone to the camera over Wi-Fi to watch and download clips in the app. The camera takes microSD cards of up to 256 GB; a card is not included.',
        specifications: [
          { label: 'Video resolution', value: '3840 × 2160 (4K), 30 fps' },
          { label: 'Field of view', value: '140°' },
          { label: 'Storage', value: 'microSD up to 256 GB (not included)' },
          { label: 'Connectivity', value: 'Wi-Fi, app' },
          { label: 'Power', value: '12 V socket adapter, USB-C' },
        ],
        imageAlt: 'A small black dash cam mounted on a car windscreen',
      },
      zh: {
        name: '4K 行车记录仪',
        slug: '4k-xingche-jiluyi',
        shortDescription:
          '小巧的 4K 行车记录仪，140° 广角镜头，支持 Wi-Fi 连接 App，遇到突发情况自动锁定保存视频。',
        description:
          '这款行车记录仪以 4K 分辨率记录前方路况，视频中车牌等细节更容易辨认。140° 广角镜头可覆盖多条车道，HDR 功能在隧道和低角度阳光下也有帮助。\n\n内置重力感应器可检测急刹车和碰撞，并锁定保存相应视频，防止被覆盖。循环录像功能让你无需手动清空存储卡。停车监控模式下，车辆停放时如检测到撞击，记录仪可自动开始录像（需另购降压线套件）。\n\n手机通过 Wi-Fi 连接记录仪后，即可在 App 中查看和下载视频。支持最大 256 GB 的 microSD 卡（不含存储卡）。',
        specifications: [
          { label: '视频分辨率', value: '3840 × 2160（4K），30 帧/秒' },
          { label: '视角', value: '140°' },
          { label: '存储', value: 'microSD 卡，最大 256 GB（不含）' },
          { label: '连接方式', value: 'Wi-Fi、App' },
          { label: '供电方式', value: '车载点烟器电源、USB-C' },
        ],
        imageAlt: '安装在汽车前挡风玻璃上的黑色小型行车记录仪',
      },
    },
  },
  {
    key: 'car-vacuum',
    sku: 'AUTO-VAC-001',
    categoryKey: 'automotive',
    brand: null,
    priceCents: 5900,
    stock: 40,
    featured: false,
    taxClass: 'standard',
    shape: 'vacuum',
    text: {
      fi: {
        name: 'Johdoton autoimuri',
        slug: 'johdoton-autoimuri',
        shortDescription:
          'Kevyt johdoton käsi-imuri autoon, jossa on pestävä HEPA-suodatin, kolme suulaketta ja USB-C-lataus.',
        description:
          'Tällä käsi-imurilla murut, hiekka ja sora lähtevät nopeasti istuimilta, matoilta ja tavaratilasta. Se painaa alle kilon ja toimii ilman johtoa, joten pääset auton jokaiseen nurkkaan etsimättä pistorasiaa.\n\nRakosuulake ulottuu istuinten väliin ja ovitaskuihin, harjasuulake irrottaa pölyn kojelaudalta ja leveä suulake on tarkoitettu matoille. Pestävä HEPA-suodatin kerää hienon pölyn, ja pölysäiliö tyhjennetään yhdellä napin painalluksella.\n\nTäysi lataus riittää noin 25 minuutin imurointiin normaaliteholla. Imuri latautuu USB-C:n kautta, joten voit ladata sitä puhelimen laturilla tai auton USB-portista.',
        specifications: [
          { label: 'Käyttöaika', value: 'noin 25 min (normaaliteho)' },
          { label: 'Latausaika', value: 'noin 3 h, USB-C' },
          { label: 'Suodatin', value: 'pestävä HEPA-suodatin' },
          { label: 'Pölysäiliö', value: '0,15 l' },
          { label: 'Paino', value: 'noin 0,8 kg' },
        ],
        imageAlt: 'Mustanharmaa johdoton käsi-imuri ja sen suulakkeet vierekkäin',
      },
      sv: {
        name: 'Sladdlös bildammsugare',
        slug: 'sladdlos-bildammsugare',
        shortDescription:
          'Lätt sladdlös handdammsugare för bilen med tvättbart HEPA-filter, tre munstycken och laddning via USB-C.',
        description:
          'Med den här handdammsugaren får du snabbt bort smulor, sand och grus från säten, mattor och bagageutrymme. Den väger under ett kilo och fungerar utan sladd, så du når alla hörn i bilen utan att leta efter ett eluttag.\n\nFogmunstycket når mellan sätena och ner i dörrfickorna, borstmunstycket lossar damm från instrumentbrädan och det breda munstycket är till för mattorna. Det tvättbara HEPA-filtret fångar fint damm, och dammbehållaren töms med ett knapptryck.\n\nEn full laddning ger cirka 25 minuters dammsugning på normal effekt. Dammsugaren laddas via USB-C, så du kan ladda den med en mobilladdare eller från en USB-port i bilen.',
        specifications: [
          { label: 'Drifttid', value: 'cirka 25 min (normal effekt)' },
          { label: 'Laddningstid', value: 'cirka 3 h, USB-C' },
          { label: 'Filter', value: 'tvättbart HEPA-filter' },
          { label: 'Dammbehållare', value: '0,15 l' },
          { label: 'Vikt', value: 'cirka 0,8 kg' },
        ],
        imageAlt: 'Svartgrå sladdlös handdammsugare med munstyckena bredvid',
      },
      en: {
        name: 'Cordless Car Vacuum',
        slug: 'cordless-car-vacuum',
        shortDescription:
          'A light cordless handheld vacuum for the car with a washable HEPA filter, three nozzles and USB-C charging.',
        description:
          'This handheld vacuum makes quick work of crumbs, sand and grit on seats, mats and in the boot. It weighs under a kilo and runs without a cord, so you can reach every corner of the car without looking for a socket.\n\nThe crevice nozzle reaches between the seats and into the door pockets, the brush nozzle loosens dust from the dashboard and the wide nozzle is for the mats. The washable HEPA filter traps fine dust, and the dust container empties at the press of a button.\n\nA full charge gives about 25 minutes of cleaning on normal power. The vacuum charges over USB-C, so you can top it up with a phone charger or from a USB port in the car.',
        specifications: [
          { label: 'Running time', value: 'About 25 min (normal power)' },
          { label: 'Charging time', value: 'About 3 h, USB-C' },
          { label: 'Filter', value: 'Washable HEPA filter' },
          { label: 'Dust container', value: '0.15 l' },
          { label: 'Weight', value: 'About 0.8 kg' },
        ],
        imageAlt: 'A black and grey cordless handheld vacuum with its nozzles laid out beside it',
      },
      zh: {
        name: '无线车载吸尘器',
        slug: 'wuxian-chezai-xichenqi',
        shortDescription: '轻巧的无线手持车载吸尘器，配备可水洗 HEPA 滤网和三种吸头，支持 USB-C 充电。',
        description:
          '这款手持吸尘器能快速清理座椅、脚垫和后备厢里的碎屑、沙子和小石子。机身重量不到一公斤，无需电源线，不用找插座就能清洁车内每个角落。\n\n缝隙吸头可深入座椅之间和车门储物格，毛刷吸头可清扫仪表台上的灰尘，宽口吸头则适合清洁脚垫。可水洗 HEPA 滤网能拦截细小灰尘，一键即可倒空集尘盒。\n\n充满电后，标准档位下可使用约 25 分钟。采用 USB-C 充电，可使用手机充电器或车内 USB 接口充电。',
        specifications: [
          { label: '续航时间', value: '约 25 分钟（标准档）' },
          { label: '充电时间', value: '约 3 小时，USB-C' },
          { label: '滤网', value: '可水洗 HEPA 滤网' },
          { label: '集尘盒容量', value: '0.15 升' },
          { label: '重量', value: '约 0.8 公斤' },
        ],
        imageAlt: '黑灰色无线手持吸尘器，旁边摆放着几种吸头',
      },
    },
  },
];
