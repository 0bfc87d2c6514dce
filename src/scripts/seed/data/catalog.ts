/**
 * The demo catalog: crystals, books and tools. Prices are in major units
 * (Medusa 2 amounts are decimals), [ZAR, USD, EUR]. Stock is what the Durban
 * warehouse holds; a few lines are deliberately low and one is sold out.
 */
export type VariantSeed = {
  value: string
  sku: string
  prices: [zar: number, usd: number, eur: number]
  stock: number
  weight: number
}

export type ProductSeed = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: "crystals" | "books" | "tools"
  image: string
  material?: string
  origin_country?: string
  option: string
  variants: VariantSeed[]
}

const v = (value: string, sku: string, prices: VariantSeed["prices"], stock: number, weight: number): VariantSeed => ({
  value,
  sku,
  prices,
  stock,
  weight,
})

export const PRODUCTS: ProductSeed[] = [
  {
    handle: "amethyst-cluster",
    title: "Amethyst Cluster",
    subtitle: "Uruguayan amethyst, deep violet points on a natural base",
    description:
      "A cluster of deep violet amethyst points grown together on their matrix, from the basalt geodes of Artigas, Uruguay. Amethyst is the stone most often kept by the bed or on a desk for calm and clear sleep. Every cluster is unique; the size grade gives its longest side.",
    category: "crystals",
    image: "amethyst-cluster.png",
    material: "Amethyst (quartz)",
    origin_country: "uy",
    option: "Size",
    variants: [
      v("Small (6–8 cm)", "CRY-AME-S", [349, 19, 18], 24, 220),
      v("Medium (9–12 cm)", "CRY-AME-M", [649, 36, 33], 9, 480),
      v("Large (13–16 cm)", "CRY-AME-L", [1199, 66, 61], 3, 950),
    ],
  },
  {
    handle: "rose-quartz-tumbled",
    title: "Rose Quartz Tumbled Stone",
    subtitle: "Soft pink quartz from Madagascar, tumbled smooth",
    description:
      "Tumbled rose quartz from Madagascar with an even, milky pink colour. Small enough for a pocket or a crystal grid; the stone traditionally associated with self-kindness and the heart. Sold singly or as a bag of five.",
    category: "crystals",
    image: "rose-quartz.png",
    material: "Rose quartz",
    origin_country: "mg",
    option: "Pack",
    variants: [v("Single stone", "CRY-ROS-1", [45, 3, 3], 150, 25), v("Bag of five", "CRY-ROS-5", [189, 11, 10], 40, 130)],
  },
  {
    handle: "clear-quartz-point",
    title: "Clear Quartz Point",
    subtitle: "Water-clear Brazilian quartz, polished point",
    description:
      "A polished generator point of clear quartz from Minas Gerais, Brazil, cut to stand on its flat base. Clear quartz is the all-purpose amplifier of crystal work and a good first crystal. Small inclusions and rainbows are natural.",
    category: "crystals",
    image: "clear-quartz.png",
    material: "Clear quartz",
    origin_country: "br",
    option: "Size",
    variants: [v("Small (5 cm)", "CRY-CLQ-S", [159, 9, 8], 30, 60), v("Large (10 cm)", "CRY-CLQ-L", [459, 25, 23], 6, 310)],
  },
  {
    handle: "black-tourmaline-raw",
    title: "Black Tourmaline, Raw",
    subtitle: "Striated schorl from Namibia",
    description:
      "Raw black tourmaline (schorl) from the Erongo region of Namibia, showing its natural vertical striations. Kept by doors and screens as a grounding and protective stone. Brittle along its length: handle it like the mineral it is.",
    category: "crystals",
    image: "black-tourmaline.png",
    material: "Tourmaline (schorl)",
    origin_country: "na",
    option: "Size",
    variants: [v("Small (3–4 cm)", "CRY-BTO-S", [89, 5, 5], 60, 40), v("Medium (5–7 cm)", "CRY-BTO-M", [179, 10, 9], 4, 110)],
  },
  {
    handle: "citrine-point",
    title: "Citrine Point",
    subtitle: "Natural golden citrine from Zambia",
    description:
      "Natural (not heat-treated) citrine from the Kabwe area of Zambia, in pale smoky gold. Associated with warmth, confidence and abundance. Natural citrine is rarer than the baked amethyst often sold under its name; each point comes with its origin noted.",
    category: "crystals",
    image: "citrine.png",
    material: "Citrine (quartz)",
    origin_country: "zm",
    option: "Size",
    variants: [v("Small (4 cm)", "CRY-CIT-S", [299, 17, 15], 12, 35), v("Medium (6 cm)", "CRY-CIT-M", [549, 30, 28], 2, 80)],
  },
  {
    handle: "selenite-wand",
    title: "Selenite Wand",
    subtitle: "Satin spar from Morocco, hand-finished",
    description:
      "A wand of satin spar selenite from Morocco with a silky, light-catching surface. Used to clear other crystals and the space around you. Selenite is soft and dissolves in water: dust it, never wash it.",
    category: "crystals",
    image: "selenite.png",
    material: "Selenite (gypsum)",
    origin_country: "ma",
    option: "Length",
    variants: [v("15 cm", "CRY-SEL-15", [119, 7, 6], 45, 90), v("25 cm", "CRY-SEL-25", [219, 12, 11], 18, 170)],
  },
  {
    handle: "labradorite-palm-stone",
    title: "Labradorite Palm Stone",
    subtitle: "Flashing blue-gold labradorescence",
    description:
      "A smooth palm stone of Madagascan labradorite that flashes blue, green and gold as it turns in the light. Shaped to rest in the hand during meditation. The stone of transformation and intuition.",
    category: "crystals",
    image: "labradorite.png",
    material: "Labradorite (feldspar)",
    origin_country: "mg",
    option: "Finish",
    variants: [v("Polished palm stone", "CRY-LAB-P", [259, 14, 13], 0, 120)],
  },
  {
    handle: "tigers-eye-tumbled",
    title: "Tiger's Eye Tumbled Stone",
    subtitle: "Golden chatoyant tiger's eye from the Northern Cape",
    description:
      "Golden tiger's eye from the Griqualand West region of South Africa, home of the world's finest. Its silky, shifting band of light is called chatoyancy. A stone for focus and courage, tumbled to a high polish.",
    category: "crystals",
    image: "tigers-eye.png",
    material: "Tiger's eye (quartz)",
    origin_country: "za",
    option: "Pack",
    variants: [v("Single stone", "CRY-TGE-1", [39, 3, 3], 200, 20), v("Bag of five", "CRY-TGE-5", [169, 10, 9], 35, 105)],
  },
  {
    handle: "lapis-lazuli-sphere",
    title: "Lapis Lazuli Sphere",
    subtitle: "Afghan lapis with pyrite flecks",
    description:
      "A hand-polished sphere of lapis lazuli from Badakhshan, Afghanistan, deep royal blue with golden pyrite flecks. Prized for thousands of years as the stone of wisdom and truthful speech. Comes with a wooden stand.",
    category: "crystals",
    image: "lapis-lazuli.png",
    material: "Lapis lazuli",
    origin_country: "af",
    option: "Diameter",
    variants: [v("4 cm", "CRY-LAP-4", [689, 38, 35], 5, 90), v("6 cm", "CRY-LAP-6", [1390, 77, 71], 1, 300)],
  },
  {
    handle: "stones-of-the-southern-sky",
    title: "Stones of the Southern Sky",
    subtitle: "A field guide to crystals and minerals of southern Africa",
    description:
      "A practical guide to 120 crystals and minerals found in southern Africa: where each occurs, how to recognise it, how to care for it and how it has been used in healing traditions. Illustrated with colour photographs and maps. 288 pages.",
    category: "books",
    image: "book-southern-sky.png",
    option: "Format",
    variants: [v("Paperback", "BK-SSS-PB", [350, 22, 20], 25, 520), v("Hardcover", "BK-SSS-HC", [560, 34, 31], 7, 820)],
  },
  {
    handle: "reading-the-tarot",
    title: "Reading the Tarot: A Practical Course",
    subtitle: "Twelve lessons from first spread to full reading",
    description:
      "A twelve-lesson course that takes a beginner from shuffling a new deck to giving a confident Celtic Cross reading. Each card of the major and minor arcana is explained upright and reversed, with worked example readings. 224 pages.",
    category: "books",
    image: "book-tarot.png",
    option: "Format",
    variants: [v("Paperback", "BK-RTT-PB", [299, 18, 17], 30, 410), v("E-book", "BK-RTT-EB", [149, 9, 8], 999, 0)],
  },
  {
    handle: "quiet-hands",
    title: "Quiet Hands",
    subtitle: "An introduction to energy healing",
    description:
      "A gentle introduction to hands-on energy healing: grounding, breath, the energy centres and how a session unfolds, with exercises to practise alone and with a partner. Written for newcomers and for those thinking of training. 176 pages.",
    category: "books",
    image: "book-quiet-hands.png",
    option: "Format",
    variants: [v("Paperback", "BK-QHS-PB", [265, 16, 15], 3, 330)],
  },
  {
    handle: "tibetan-singing-bowl",
    title: "Tibetan Singing Bowl",
    subtitle: "Hand-hammered bowl with cushion and striker",
    description:
      "A hand-hammered bronze singing bowl from Patan, Nepal, with a wooden striker and a silk cushion. Circle the rim to draw out a long, layered tone for meditation and sound healing. Each bowl is tuned by ear and sounds slightly different.",
    category: "tools",
    image: "singing-bowl.png",
    material: "Bronze",
    origin_country: "np",
    option: "Diameter",
    variants: [v("10 cm", "TL-BWL-10", [690, 39, 36], 8, 450), v("15 cm", "TL-BWL-15", [1290, 72, 66], 4, 900)],
  },
  {
    handle: "brass-pendulum",
    title: "Brass Dowsing Pendulum",
    subtitle: "Balanced brass pendulum on a 20 cm chain",
    description:
      "A precisely balanced solid-brass pendulum on a 20 cm chain with a bead to hold. Used for dowsing and yes/no questions. Comes in a cotton pouch with a printed dowsing chart.",
    category: "tools",
    image: "pendulum.png",
    material: "Brass",
    option: "Style",
    variants: [v("Teardrop", "TL-PND-TD", [185, 11, 10], 20, 40), v("Faceted cone", "TL-PND-FC", [205, 12, 11], 14, 45)],
  },
  {
    handle: "avenrae-tarot-deck",
    title: "Avenrae Tarot Deck",
    subtitle: "78 cards in the classic structure, with guidebook",
    description:
      "A 78-card tarot deck in the classic structure, printed on matte linen card stock that shuffles smoothly, with a 64-page guidebook and a sturdy box. Suitable for beginners and professional readers.",
    category: "tools",
    image: "tarot-deck.png",
    option: "Edition",
    variants: [v("Standard", "TL-TRT-STD", [420, 25, 23], 40, 380), v("Gilded edges", "TL-TRT-GLD", [620, 36, 33], 5, 400)],
  },
  {
    handle: "crystal-grid-cloth",
    title: "Crystal Grid Cloth",
    subtitle: "Flower of Life grid printed on cotton",
    description:
      "A 30 × 30 cm cotton cloth printed with the Flower of Life pattern, for laying out crystal grids. Hemmed edges; machine washable at 30 °C.",
    category: "tools",
    image: "grid-cloth.png",
    material: "Cotton",
    option: "Colour",
    variants: [v("Indigo", "TL-GRD-IND", [149, 9, 8], 25, 60), v("Natural", "TL-GRD-NAT", [149, 9, 8], 2, 60)],
  },
]
