// Made-up demo people and places (no real persons), see ../shared/PRODUCT.md.
export const neighbourhoods = [
  { id: "wijk-noordwijk", slug: "noordwijk", name: "Noordwijk", phone: "050 44 10 20" },
  { id: "wijk-kanaalzone", slug: "kanaalzone", name: "Kanaalzone", phone: "050 44 10 30" },
] as const;

const standardSpaces = (prefix: string) => [
  { id: `${prefix}-ontmoetingsruimte`, slug: "ontmoetingsruimte", name: "Ontmoetingsruimte", kind: "common_room" },
  { id: `${prefix}-wasruimte`, slug: "wasruimte", name: "Wasruimte", kind: "laundry" },
  { id: `${prefix}-tuin`, slug: "tuin", name: "Gemeenschappelijke tuin", kind: "garden" },
  { id: `${prefix}-fietsenberging`, slug: "fietsenberging", name: "Fietsenberging", kind: "bike_storage" },
];

export const buildings = [
  {
    id: "blok-vlashof",
    slug: "residentie-vlashof",
    name: "Residentie Vlashof",
    address: "Vlasstraat 12, 8000 Brugge",
    neighbourhoodId: "wijk-noordwijk",
    latitude: 51.2205,
    longitude: 3.2247,
    spaces: standardSpaces("vlashof"),
  },
  {
    id: "blok-de-linde",
    slug: "blok-de-linde",
    name: "Blok De Linde",
    address: "Lindenlaan 4, 8000 Brugge",
    neighbourhoodId: "wijk-noordwijk",
    latitude: 51.2231,
    longitude: 3.2289,
    spaces: standardSpaces("linde"),
  },
  {
    id: "blok-hof-ter-wallen",
    slug: "hof-ter-wallen",
    name: "Hof ter Wallen",
    address: "Wallenkaai 21, 8000 Brugge",
    neighbourhoodId: "wijk-kanaalzone",
    latitude: 51.2312,
    longitude: 3.2301,
    spaces: standardSpaces("wallen"),
  },
] as const;

/** [first name, last name, language] — Flemish and multicultural, as in our neighbourhoods. */
const residentNames: [string, string, "nl" | "fr" | "en" | "ar"][] = [
  ["Amina", "Benali", "ar"], ["Jozef", "Vermeulen", "nl"], ["Maria", "De Smet", "nl"], ["Fatima", "El Idrissi", "ar"],
  ["Rita", "Claeys", "nl"], ["Mohamed", "Azzouzi", "ar"], ["Lucienne", "Dubois", "fr"], ["Kevin", "Peeters", "nl"],
  ["Olena", "Kovalenko", "en"], ["Gilbert", "Maes", "nl"], ["Yasmina", "Haddou", "fr"], ["Emre", "Yilmaz", "nl"],
  ["Godelieve", "Wouters", "nl"], ["Samir", "Bouzid", "ar"], ["Aïcha", "Diallo", "fr"], ["Dirk", "Janssens", "nl"],
  ["Nadia", "Karimi", "en"], ["Roger", "Desmet", "nl"], ["Sevda", "Aydin", "nl"], ["Jean-Pierre", "Lambert", "fr"],
  ["Hanna", "Tesfaye", "en"], ["Marleen", "Goossens", "nl"], ["Ahmed", "Rahimi", "ar"], ["Els", "Van Damme", "nl"],
  ["Ion", "Popescu", "en"], ["Mariam", "Chaouki", "ar"], ["Frans", "Willems", "nl"], ["Blessing", "Okafor", "en"],
  ["Simonne", "Coppens", "nl"], ["Karim", "Mansouri", "fr"], ["Leen", "Verhaeghe", "nl"], ["Zeynep", "Demir", "nl"],
  ["André", "Leclercq", "fr"], ["Ilse", "Michiels", "nl"], ["Abdi", "Warsame", "en"], ["Paula", "De Wilde", "nl"],
  ["Hassan", "Ouali", "ar"], ["Monique", "Hermans", "fr"], ["Tom", "Vandenberghe", "nl"], ["Rahel", "Gebru", "en"],
];

const buildingIds = buildings.map((b) => b.id);

export const residents = residentNames.map(([first, last, locale], index) => {
  const slug = slugify(`${first} ${last}`);
  // Every fourth resident has no email: a buurtwerker registered them at the desk.
  const hasEmail = index % 4 !== 3;
  const buildingId = buildingIds[index % buildingIds.length] ?? "blok-vlashof";
  return {
    id: `bewoner-${slug}`,
    displayName: `${first} ${last}`,
    email: hasEmail ? `${slug}@demo.warmebuurt.be` : null,
    phone: `0470 ${String(10 + index).padStart(2, "0")} ${String(20 + index).padStart(2, "0")} ${String(30 + index).padStart(2, "0")}`,
    locale,
    buildingId,
    unit: `${1 + (index % 5)}.${String(1 + (index % 8)).padStart(2, "0")}`,
    assisted: !hasEmail,
  };
});

export const volunteers = [
  ["Lotte", "Desmedt", "nl"], ["Bilal", "Amrani", "ar"], ["Sarah", "Vanhoutte", "en"], ["Pieter", "Lagae", "nl"],
  ["Inès", "Moreau", "fr"], ["Wout", "Declercq", "nl"], ["Khadija", "Saidi", "ar"], ["Anouk", "Bogaert", "nl"],
  ["Daniel", "Mensah", "en"], ["Greet", "Decock", "nl"],
].map(([first, last, locale], index) => {
  const slug = slugify(`${first} ${last}`);
  return {
    id: `vrijwilliger-${slug}`,
    displayName: `${first} ${last}`,
    email: `${slug}@demo.warmebuurt.be`,
    locale: locale ?? "nl",
    neighbourhoodId: index % 2 === 0 ? "wijk-noordwijk" : "wijk-kanaalzone",
  };
});

export const staff = [
  { id: "buurtwerker-sofie", displayName: "Sofie Claes", email: "sofie@demo.warmebuurt.be", roles: ["buurtwerker"], neighbourhoodId: "wijk-noordwijk" },
  { id: "buurtwerker-youssef", displayName: "Youssef El Amrani", email: "youssef@demo.warmebuurt.be", roles: ["buurtwerker"], neighbourhoodId: "wijk-kanaalzone" },
  { id: "beheerder-wijkhuis", displayName: "Wijkhuis De Brug", email: "beheer@demo.warmebuurt.be", roles: ["admin"], neighbourhoodId: null },
] as const;

function slugify(name: string) {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "");
}
