/** The demo company, Northwind Labs: who works where, at what level, reporting to whom. */
export const demoDomain = "northwind.example";
export const demoPassword = "pairwise-demo";

export interface DemoPerson {
  name: string;
  department: string;
  title: string;
  level: number;
  /** The manager's name; undefined for the chief executive. */
  manager?: string;
  location: string;
  timeZone: string;
  hireDate: string;
  role?: "ADMIN" | "COORDINATOR" | "EXECUTIVE";
}

const sites = {
  london: { location: "London", timeZone: "Europe/London" },
  berlin: { location: "Berlin", timeZone: "Europe/Berlin" },
  newYork: { location: "New York", timeZone: "America/New_York" },
  austin: { location: "Austin", timeZone: "America/Chicago" },
  singapore: { location: "Singapore", timeZone: "Asia/Singapore" },
} as const;

type Site = keyof typeof sites;

function person(
  name: string,
  department: string,
  title: string,
  level: number,
  manager: string | undefined,
  site: Site,
  hireDate: string,
  role?: DemoPerson["role"],
): DemoPerson {
  return { name, department, title, level, manager, ...sites[site], hireDate, role };
}

const ceo = "Helena Marsh";

export const demoPeople: DemoPerson[] = [
  person(ceo, "Executive Office", "Chief Executive Officer", 10, undefined, "london", "2014-03-03", "EXECUTIVE"),
  // Department heads
  person("Rajesh Iyer", "Engineering", "VP Engineering", 9, ceo, "london", "2016-01-11", "EXECUTIVE"),
  person("Claire Dubois", "Product", "VP Product", 9, ceo, "berlin", "2017-05-02"),
  person("Marcus Bell", "Sales", "VP Sales", 9, ceo, "newYork", "2015-09-14", "EXECUTIVE"),
  person("Yuki Tanaka", "Finance", "Chief Financial Officer", 9, ceo, "london", "2018-02-19", "EXECUTIVE"),
  person("Fatima Al-Sayed", "People", "Head of People", 8, ceo, "london", "2017-11-06"),
  person("Oliver Grant", "Marketing", "Head of Marketing", 8, ceo, "newYork", "2019-04-01"),
  person("Ingrid Larsen", "Operations", "Head of Operations", 8, ceo, "berlin", "2016-08-22"),
  person("Kwame Mensah", "Customer Success", "Head of Customer Success", 8, ceo, "austin", "2018-06-11"),
  // Engineering
  person("Daniel Reyes", "Engineering", "Engineering Director", 7, "Rajesh Iyer", "london", "2017-03-20"),
  person("Mei Lin", "Engineering", "Engineering Manager", 6, "Daniel Reyes", "singapore", "2019-01-07"),
  person("Tomasz Nowak", "Engineering", "Engineering Manager", 6, "Daniel Reyes", "berlin", "2018-10-15"),
  person("Aisha Bello", "Engineering", "Staff Engineer", 6, "Daniel Reyes", "london", "2016-06-27"),
  person("Lena Fischer", "Engineering", "Software Engineer", 3, "Tomasz Nowak", "berlin", "2023-02-13"),
  person("Carlos Mendoza", "Engineering", "Senior Software Engineer", 4, "Tomasz Nowak", "austin", "2020-09-01"),
  person("Priya Nair", "Engineering", "Software Engineer", 3, "Mei Lin", "singapore", "2022-08-08"),
  person("Jonas Weber", "Engineering", "Junior Software Engineer", 2, "Tomasz Nowak", "berlin", "2025-01-20"),
  person("Hannah Cohen", "Engineering", "Senior Software Engineer", 4, "Mei Lin", "london", "2021-04-12"),
  person("Samuel Adeyemi", "Engineering", "Software Engineer", 3, "Mei Lin", "london", "2023-06-05"),
  person("Chloe Martin", "Engineering", "QA Engineer", 3, "Aisha Bello", "london", "2022-11-14"),
  person("Arjun Sharma", "Engineering", "Site Reliability Engineer", 4, "Aisha Bello", "singapore", "2021-07-19"),
  person("Gabriel Santos", "Engineering", "Software Engineer", 3, "Aisha Bello", "austin", "2024-03-11"),
  // Product and design
  person("Sofia Rossi", "Product", "Group Product Manager", 7, "Claire Dubois", "berlin", "2018-03-05"),
  person("Ethan Brooks", "Product", "Senior Product Manager", 5, "Sofia Rossi", "newYork", "2020-02-24"),
  person("Nadia Petrova", "Product", "Product Manager", 4, "Sofia Rossi", "berlin", "2022-05-16"),
  person("Lucas Moreau", "Product", "Associate Product Manager", 2, "Ethan Brooks", "london", "2025-03-03"),
  person("Grace Kim", "Product", "Design Lead", 6, "Claire Dubois", "newYork", "2019-08-12"),
  person("Theo Jansen", "Product", "Product Designer", 3, "Grace Kim", "berlin", "2023-01-09"),
  person("Amelia Wright", "Product", "UX Researcher", 3, "Grace Kim", "london", "2022-09-26"),
  person("Ana Costa", "Product", "Junior Product Designer", 2, "Grace Kim", "london", "2025-08-18"),
  // Sales
  person("Robert Hughes", "Sales", "Sales Director", 7, "Marcus Bell", "newYork", "2017-07-10"),
  person("Isabella Garcia", "Sales", "Account Executive", 4, "Robert Hughes", "newYork", "2021-03-15"),
  person("Benjamin Clarke", "Sales", "Account Executive", 4, "Robert Hughes", "london", "2021-10-04"),
  person("Zara Ahmed", "Sales", "Sales Development Representative", 2, "Robert Hughes", "london", "2025-06-02"),
  person("Diego Alvarez", "Sales", "Sales Manager", 6, "Marcus Bell", "austin", "2018-12-03"),
  person("Emily Johnson", "Sales", "Account Executive", 3, "Diego Alvarez", "austin", "2023-04-24"),
  person("Kenji Watanabe", "Sales", "Sales Engineer", 4, "Diego Alvarez", "singapore", "2020-11-30"),
  // Finance
  person("Victoria Sterling", "Finance", "Finance Director", 7, "Yuki Tanaka", "london", "2018-09-17"),
  person("Noah Fitzgerald", "Finance", "Financial Analyst", 3, "Victoria Sterling", "london", "2023-08-21"),
  person("Olga Ivanova", "Finance", "Senior Accountant", 4, "Victoria Sterling", "berlin", "2020-06-08"),
  person("Liam O'Connor", "Finance", "Financial Analyst", 2, "Victoria Sterling", "london", "2025-02-10"),
  // People
  person("Amara Okafor", "People", "L&D Programme Lead", 6, "Fatima Al-Sayed", "london", "2019-05-13", "COORDINATOR"),
  person("Sam Whitfield", "People", "People Systems Administrator", 5, "Fatima Al-Sayed", "london", "2020-01-27", "ADMIN"),
  person("Rosa Delgado", "People", "HR Business Partner", 5, "Fatima Al-Sayed", "austin", "2021-02-01", "COORDINATOR"),
  person("Ibrahim Hassan", "People", "Talent Acquisition Partner", 3, "Fatima Al-Sayed", "berlin", "2023-03-27"),
  // Marketing
  person("Charlotte Evans", "Marketing", "Marketing Manager", 6, "Oliver Grant", "newYork", "2019-10-21"),
  person("Mateo Silva", "Marketing", "Content Strategist", 3, "Charlotte Evans", "newYork", "2022-07-11"),
  person("Ava Thompson", "Marketing", "Growth Marketer", 3, "Charlotte Evans", "london", "2023-09-04"),
  person("Ravi Patel", "Marketing", "Marketing Analyst", 2, "Charlotte Evans", "singapore", "2024-11-18"),
  person("Julia Novak", "Marketing", "Brand Designer", 4, "Oliver Grant", "berlin", "2021-01-18"),
  // Operations
  person("Henrik Berg", "Operations", "Operations Manager", 6, "Ingrid Larsen", "berlin", "2018-04-09"),
  person("Maya Goldberg", "Operations", "Operations Analyst", 3, "Henrik Berg", "berlin", "2022-10-03"),
  person("Peter Novak", "Operations", "Procurement Specialist", 4, "Henrik Berg", "london", "2020-05-25"),
  person("Leila Karimi", "Operations", "Business Operations Associate", 2, "Henrik Berg", "london", "2025-04-14"),
  // Customer Success
  person("Jamal Washington", "Customer Success", "Customer Success Manager", 6, "Kwame Mensah", "austin", "2019-03-18"),
  person("Elena Popescu", "Customer Success", "Customer Success Manager", 5, "Kwame Mensah", "berlin", "2020-08-31"),
  person("Tyler Robinson", "Customer Success", "Support Engineer", 3, "Jamal Washington", "austin", "2023-05-15"),
  person("Hye-jin Park", "Customer Success", "Onboarding Specialist", 3, "Jamal Washington", "singapore", "2022-12-05"),
  person("Owen Davies", "Customer Success", "Support Engineer", 2, "Elena Popescu", "london", "2025-05-19"),
  person("Naomi Clarke", "Customer Success", "Implementation Consultant", 4, "Elena Popescu", "newYork", "2021-06-28"),
  person("Felix Braun", "Customer Success", "Support Engineer", 2, "Elena Popescu", "berlin", "2025-07-07"),
];

export function demoEmail(name: string): string {
  const local = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
  return `${local}@${demoDomain}`;
}

/** The sign-ins the README and `npm start` print, one per role a newcomer will want to try. */
export const demoSignIns = [
  { role: "Administrator", name: "Sam Whitfield" },
  { role: "Coordinator", name: "Amara Okafor" },
  { role: "Executive", name: "Helena Marsh" },
  { role: "Mentor", name: "Daniel Reyes" },
  { role: "Mentee", name: "Lena Fischer" },
].map((entry) => ({ ...entry, email: demoEmail(entry.name), password: demoPassword }));
