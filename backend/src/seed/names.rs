//! Word lists the scale seed draws from: people's names by region, startup names in
//! English and Chinese, firms, cities, one-liners and review comments. Fictional on
//! purpose: any resemblance to a real company is the dice's.

/// A region founders and investors come from: its countries (ISO codes, with cities and
/// a weight out of 100) and how its people's names are written.
pub struct Region {
    pub weight: u32,
    pub countries: &'static [(&'static str, &'static [&'static str])],
    pub given: &'static [&'static str],
    pub family: &'static [&'static str],
    /// Family name first ("Zhang Wei"), as written at home.
    pub family_first: bool,
    /// The share of startups (in percent) with a Chinese name.
    pub chinese_names: u32,
    pub currency: &'static str,
}

const CHINESE_GIVEN: &[&str] = &[
    "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Hao", "Xin", "Yu", "Jun", "Li", "Ting", "Chen",
    "Bo", "Hui", "Qiang", "Na", "Tao", "Xiaoming", "Yifan", "Zihan", "Ruoxi", "Haoran", "Mei",
    "Jiayi", "Zhiwei", "Shu", "Kai", "Lan", "Ning",
];
const CHINESE_FAMILY: &[&str] = &[
    "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
    "Feng", "Deng", "Cao", "Peng",
];

pub const REGIONS: &[Region] = &[
    Region {
        weight: 46,
        countries: &[
            (
                "CN",
                &[
                    "Shanghai",
                    "Beijing",
                    "Shenzhen",
                    "Hangzhou",
                    "Suzhou",
                    "Chengdu",
                    "Guangzhou",
                    "Wuhan",
                    "Nanjing",
                    "Hefei",
                ],
            ),
            ("HK", &["Hong Kong"]),
            ("TW", &["Taipei", "Hsinchu"]),
        ],
        given: CHINESE_GIVEN,
        family: CHINESE_FAMILY,
        family_first: true,
        chinese_names: 45,
        currency: "CNY",
    },
    Region {
        weight: 16,
        countries: &[
            ("SG", &["Singapore"]),
            ("MY", &["Kuala Lumpur", "Penang"]),
            ("ID", &["Jakarta", "Bandung"]),
            ("VN", &["Ho Chi Minh City", "Hanoi"]),
            ("TH", &["Bangkok"]),
            ("PH", &["Manila"]),
        ],
        given: &[
            "Aisha", "Budi", "Siti", "Arjun", "Nguyen", "Linh", "Putri", "Rizal", "Mai", "Somchai",
            "Maria", "Jose", "Hana", "Daniel", "Farah", "Wei Ming",
        ],
        family: &[
            "Tan", "Lim", "Ng", "Wong", "Santoso", "Nguyen", "Tran", "Pham", "Rahman", "Reyes",
            "Santos", "Chua", "Goh", "Wijaya", "Ibrahim",
        ],
        family_first: false,
        chinese_names: 12,
        currency: "SGD",
    },
    Region {
        weight: 10,
        countries: &[
            ("JP", &["Tokyo", "Osaka", "Fukuoka", "Kyoto"]),
            ("KR", &["Seoul", "Busan", "Pangyo"]),
        ],
        given: &[
            "Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Min-jun", "Seo-yeon", "Ji-ho",
            "Ha-eun", "Kenji", "Yuna",
        ],
        family: &[
            "Sato",
            "Suzuki",
            "Takahashi",
            "Tanaka",
            "Watanabe",
            "Kim",
            "Lee",
            "Park",
            "Choi",
            "Jung",
            "Yamamoto",
            "Kang",
        ],
        family_first: true,
        chinese_names: 0,
        currency: "JPY",
    },
    Region {
        weight: 8,
        countries: &[(
            "IN",
            &[
                "Bengaluru",
                "Mumbai",
                "Delhi",
                "Hyderabad",
                "Pune",
                "Chennai",
            ],
        )],
        given: &[
            "Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Isha", "Rahul",
            "Neha", "Karthik", "Divya",
        ],
        family: &[
            "Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Mehta", "Rao", "Singh", "Kumar",
            "Menon", "Das",
        ],
        family_first: false,
        chinese_names: 0,
        currency: "INR",
    },
    Region {
        weight: 12,
        countries: &[
            ("GB", &["London", "Cambridge", "Manchester", "Edinburgh"]),
            ("DE", &["Berlin", "Munich", "Hamburg"]),
            ("FR", &["Paris", "Lyon", "Grenoble"]),
            ("NL", &["Amsterdam", "Eindhoven"]),
            ("SE", &["Stockholm"]),
            ("CH", &["Zurich", "Lausanne"]),
            ("IL", &["Tel Aviv", "Haifa"]),
            ("AE", &["Dubai", "Abu Dhabi"]),
        ],
        given: &[
            "Oliver", "Amelia", "Lukas", "Emma", "Louis", "Chloe", "Sven", "Astrid", "Noah", "Lea",
            "Tom", "Sophie", "Yael", "Omar", "Layla", "Matteo",
        ],
        family: &[
            "Smith",
            "Jones",
            "Müller",
            "Schmidt",
            "Martin",
            "Bernard",
            "de Vries",
            "Andersson",
            "Keller",
            "Cohen",
            "Levi",
            "Haddad",
            "Rossi",
            "Taylor",
            "Brown",
            "Dubois",
        ],
        family_first: false,
        chinese_names: 3,
        currency: "EUR",
    },
    Region {
        weight: 8,
        countries: &[
            (
                "US",
                &[
                    "San Francisco",
                    "New York",
                    "Boston",
                    "Austin",
                    "Seattle",
                    "Palo Alto",
                ],
            ),
            ("CA", &["Toronto", "Vancouver", "Montreal"]),
            ("AU", &["Sydney", "Melbourne"]),
        ],
        given: &[
            "James", "Olivia", "Ethan", "Ava", "Michael", "Sophia", "David", "Grace", "Ryan",
            "Chloe", "Kevin", "Emily", "Jason", "Hannah",
        ],
        family: &[
            "Johnson", "Williams", "Miller", "Davis", "Garcia", "Nguyen", "Chen", "Kim", "Wilson",
            "Anderson", "Thompson", "Clark", "Lee", "Walker",
        ],
        family_first: false,
        chinese_names: 6,
        currency: "USD",
    },
];

/// English startup names: a first part, a second part and sometimes a form.
pub const NAME_HEADS: &[&str] = &[
    "Tidal", "Aurora", "Lumen", "Kestrel", "Nimbus", "Quanta", "Helio", "Vertex", "Cobalt", "Jade",
    "Orbit", "Pioneer", "Silk", "Harbor", "Summit", "Lotus", "Ember", "Atlas", "Nova", "Zephyr",
    "Cedar", "Falcon", "Prism", "Meridian", "Granite", "Willow", "Beacon", "Polar", "Sable",
    "Crimson", "Indigo", "Bamboo", "Monsoon", "Delta", "Echo", "Halo", "Ion", "Juniper", "Kite",
    "Lyra", "Magnet", "Nexa", "Onyx", "Pulse", "Quill", "Radiant", "Solace", "Terra", "Umbra",
    "Vivid", "Wren", "Xeno", "Yonder", "Zenith", "Argo", "Boreal", "Cirrus", "Dune", "Flux",
    "Gale",
];
pub const NAME_TAILS: &[&str] = &[
    "Grid",
    "Bio",
    "Pay",
    "Robotics",
    "Labs",
    "Health",
    "Motion",
    "Cloud",
    "Foods",
    "Materials",
    "Logic",
    "Vision",
    "Care",
    "Works",
    "Charge",
    "Med",
    "Sense",
    "Forge",
    "Ledger",
    "Farm",
    "Mind",
    "Wave",
    "Path",
    "Cell",
    "Link",
    "Scan",
    "Loop",
    "Stack",
    "Drive",
    "Shield",
    "Cargo",
    "Bridge",
    "Spark",
    "Field",
    "Print",
    "Genomics",
    "Signal",
    "Volt",
    "Metrics",
    "Air",
];
pub const NAME_FORMS: &[&str] = &[
    "",
    "",
    "",
    "",
    " AI",
    " Technologies",
    " Systems",
    " Labs",
    " Inc.",
];

/// Chinese startup names: two syllables of imagery, then what the company does.
pub const CHINESE_HEADS: &[&str] = &[
    "云帆", "星河", "深蓝", "极光", "青禾", "鲸跃", "启明", "天工", "光年", "华芯", "源动", "未来",
    "量子", "蓝海", "远航", "知行", "灵犀", "磐石", "晨曦", "翼展", "瀚海", "澄明", "千帆", "万象",
    "赛博", "零点", "碳索", "微光", "睿思", "禾苗",
];
pub const CHINESE_TAILS: &[&str] = &[
    "科技",
    "智能",
    "生物",
    "数据",
    "能源",
    "机器人",
    "医疗",
    "网络",
    "新材料",
    "储能",
    "芯片",
    "农业",
    "物流",
    "金融科技",
    "视觉",
];

/// Sectors by track: each startup's first sector is its track's.
pub const TRACK_SECTORS: &[(&str, &[&str])] = &[
    (
        "AI",
        &[
            "AI",
            "Machine learning",
            "Computer vision",
            "Developer tools",
            "SaaS",
        ],
    ),
    (
        "Biotech & health",
        &[
            "Biotech & health",
            "Medtech",
            "Diagnostics",
            "Digital health",
            "Genomics",
        ],
    ),
    (
        "Clean energy",
        &[
            "Clean energy",
            "Energy storage",
            "Carbon capture",
            "Mobility",
            "Climate",
        ],
    ),
    (
        "Fintech",
        &["Fintech", "Payments", "Insurtech", "Web3", "Regtech"],
    ),
    (
        "Smart city",
        &["Smart city", "Proptech", "Logistics", "IoT", "Govtech"],
    ),
    (
        "Advanced manufacturing",
        &[
            "Advanced manufacturing",
            "Robotics",
            "Semiconductors",
            "New materials",
            "3D printing",
        ],
    ),
];

/// What a startup does, by track (`{}` is the customer).
pub const ONE_LINERS: &[(&str, &[&str])] = &[
    (
        "AI",
        &[
            "Agents that close the books for {}.",
            "Visual inspection that learns from ten images, for {}.",
            "A copilot for {} that answers from their own documents.",
            "Speech models tuned for {}.",
        ],
    ),
    (
        "Biotech & health",
        &[
            "Antibody discovery on a benchtop, for {}.",
            "Remote monitoring of chronic patients, for {}.",
            "Point-of-care tests that read in five minutes, for {}.",
            "Gene-editing tools made affordable for {}.",
        ],
    ),
    (
        "Clean energy",
        &[
            "Batteries that trade harbour power, for {}.",
            "Heat pumps sized by software, for {}.",
            "Green hydrogen at the well head, for {}.",
            "Solar forecasting that cuts balancing costs for {}.",
        ],
    ),
    (
        "Fintech",
        &[
            "Cross-border payouts for {}.",
            "Credit scoring from invoices, for {}.",
            "Treasury in one dashboard for {}.",
            "Embedded insurance for {}.",
        ],
    ),
    (
        "Smart city",
        &[
            "Parking that finds you, for {}.",
            "Digital twins of buildings, for {}.",
            "Waste routes planned overnight, for {}.",
            "Last-mile lockers shared by {}.",
        ],
    ),
    (
        "Advanced manufacturing",
        &[
            "Robots that learn a new pick in an hour, for {}.",
            "Predictive maintenance for {}.",
            "Additive parts qualified in days, for {}.",
            "Chip test data analysed in real time, for {}.",
        ],
    ),
];
pub const CUSTOMERS: &[&str] = &[
    "small exporters",
    "hospitals",
    "city governments",
    "warehouses",
    "banks",
    "farmers",
    "utilities",
    "factories",
    "retailers",
    "insurers",
    "universities",
    "shipping lines",
    "clinics",
    "developers",
    "property managers",
];

/// Investment firms: a first word and a second.
pub const FIRM_HEADS: &[&str] = &[
    "Harbour Peak",
    "Jade River",
    "Northstar",
    "Red Lantern",
    "Blue Pine",
    "Silverleaf",
    "Golden Gate Road",
    "Eastwind",
    "Crescent",
    "Ironbridge",
    "Mulberry",
    "Sunrise",
    "Lighthouse",
    "Evergreen",
    "Pearl Delta",
    "Granite Bay",
    "Phoenix Tree",
    "Orchid",
    "Summit Ridge",
    "Three Rivers",
    "Yangtze",
    "Kowloon",
    "Marina",
    "Alpine",
];
pub const FIRM_TAILS: &[&str] = &[
    "Capital",
    "Ventures",
    "Partners",
    "Fund",
    "Investment",
    "Growth",
    "Angels",
    "Holdings",
];
pub const TITLES: &[&str] = &[
    "Partner",
    "Managing Partner",
    "Principal",
    "Investment Director",
    "Associate",
    "Vice President",
    "Angel investor",
    "Venture Partner",
];

/// Portfolio companies of investors: never a seeded startup's name, so no
/// automatic conflict comes from the dice (the demo has declared ones to try).
pub const PORTFOLIO: &[&str] = &[
    "Brightwater Analytics",
    "Copperleaf Systems",
    "Driftwood Health",
    "Foxglove Payments",
    "Hollowpoint Security",
    "Ivory Tower Education",
    "Larkspur Foods",
    "Moonstone Media",
    "Oakridge Logistics",
    "Peppermint Retail",
    "Quarry Robotics",
    "Rosewood Therapeutics",
    "Saltmarsh Energy",
    "Thistle Insurance",
    "Upland Agritech",
    "Violet Semiconductors",
    "Whitecap Mobility",
    "Yellowfin Data",
    "Zinnia Genomics",
    "Amberline Travel",
];

/// Review comments, from glowing to doubtful; the score picks the register.
pub const GOOD_COMMENTS: &[&str] = &[
    "Strong team with real domain depth; the traction is early but genuine.",
    "Clear problem, credible pilots, and a sensible ask. Would like to meet them.",
    "Impressive unit economics for this stage. The market slide undersells it.",
    "One of the best decks this round: crisp, honest about risks.",
];
pub const MIXED_COMMENTS: &[&str] = &[
    "Interesting technology, but the go-to-market is vague.",
    "Good founders; the market size needs evidence beyond top-down figures.",
    "Promising pilots. The pricing model is not yet convincing.",
    "Solid, but I could not tell how they differ from incumbents.",
];
pub const POOR_COMMENTS: &[&str] = &[
    "Too early: no customers yet and the ask is high for this stage.",
    "The team lacks a technical co-founder for a deep-tech product.",
    "Crowded market and no clear edge in the deck.",
    "The numbers in the traction slide do not add up.",
];
