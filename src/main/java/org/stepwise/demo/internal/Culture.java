package org.stepwise.demo.internal;

import java.util.List;

/**
 * A naming tradition: given names by sex, family names, and the languages its people may prefer. The pools are common
 * names, combined at random, so that generated people are diverse and clearly made up.
 *
 * @param weight relative share of the generated population
 * @param languages languages other than English that someone of this background may prefer
 * @param otherLanguageShare the share who prefer one of {@code languages} over English
 * @param englishNameShare the share who go by an English given name (their preferred name)
 */
record Culture(String name, double weight, List<String> femaleNames, List<String> maleNames, List<String> familyNames,
        List<String> languages, double otherLanguageShare, double englishNameShare) {

    static final List<String> NEUTRAL_NAMES = List.of("Alex", "Jordan", "Taylor", "Riley", "Avery", "Quinn", "Rowan",
            "Sage", "River", "Skyler", "Jamie", "Morgan", "Kai", "Emerson", "Dakota", "Charlie", "Robin", "Ash");

    static final List<Culture> ALL = List.of(
            new Culture("Anglo and European American", 28,
                    List.of("Emily", "Sarah", "Jessica", "Ashley", "Megan", "Hannah", "Rachel", "Lauren", "Katherine",
                            "Abigail", "Madison", "Olivia", "Claire", "Molly", "Heather", "Amanda", "Rebecca", "Caitlin",
                            "Elizabeth", "Grace", "Maeve", "Giulia"),
                    List.of("James", "Michael", "Robert", "David", "Matthew", "Ryan", "Tyler", "Andrew", "Joshua",
                            "Daniel", "Christopher", "Brandon", "Kyle", "Nathan", "Ethan", "Connor", "Jacob", "William",
                            "Patrick", "Liam", "Vincent"),
                    List.of("Smith", "Johnson", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thompson", "Clark",
                            "Walker", "Baker", "Carter", "Mitchell", "Campbell", "Parker", "Evans", "Turner", "Collins",
                            "Stewart", "Morris", "Murphy", "Cook", "Bennett", "Foster", "Hughes", "Sullivan", "Russell",
                            "O'Brien", "Gallagher", "Romano", "Russo", "D'Angelo", "Schmidt", "Becker", "Lindqvist"),
                    List.of(), 0, 0),
            new Culture("African American", 13,
                    List.of("Aaliyah", "Imani", "Jasmine", "Keisha", "Tiana", "Ebony", "Destiny", "Monique", "Shanice",
                            "Kiara", "Nia", "Latoya", "Brianna", "Deja"),
                    List.of("DeShawn", "Jamal", "Malik", "Tyrone", "Darnell", "Andre", "Marcus", "Terrence", "Xavier",
                            "Jalen", "Isaiah", "Cedric", "Darius", "Reginald"),
                    List.of("Washington", "Jefferson", "Jackson", "Robinson", "Harris", "Coleman", "Brooks", "Bryant",
                            "Banks", "Freeman", "Gaines", "Holloway", "Jenkins", "Mosley", "Patterson", "Simmons",
                            "Whitaker", "Woods"),
                    List.of(), 0, 0),
            new Culture("Hispanic and Latino", 18,
                    List.of("María", "Guadalupe", "Sofía", "Valentina", "Camila", "Lucía", "Ximena", "Daniela", "Gabriela",
                            "Alejandra", "Rosa", "Paola", "Yesenia", "Marisol", "Itzel"),
                    List.of("José", "Luis", "Carlos", "Juan", "Miguel", "Alejandro", "Jorge", "Diego", "Javier",
                            "Ricardo", "Mateo", "Santiago", "Eduardo", "Héctor", "Joaquín"),
                    List.of("García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
                            "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Castillo",
                            "Vargas", "Mendoza", "Reyes", "Cruz", "Herrera", "Medina", "Aguilar", "De la Cruz"),
                    List.of("Spanish"), 0.35, 0),
            new Culture("Chinese", 3,
                    List.of("Mei", "Xiu Ying", "Li Na", "Jing", "Yan", "Hui", "Wen", "Xiaoling"),
                    List.of("Wei", "Jian", "Hao", "Ming", "Jun", "Lei", "Zhihao", "Bo"),
                    List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin"),
                    List.of("Mandarin", "Cantonese"), 0.3, 0.3),
            new Culture("Vietnamese", 2,
                    List.of("Linh", "Trang", "Huong", "Thu", "Mai", "Ngoc", "Anh", "Thao"),
                    List.of("Minh", "Duc", "Tuan", "Quang", "Hieu", "Long", "Khanh", "Bao"),
                    List.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"),
                    List.of("Vietnamese"), 0.35, 0.25),
            new Culture("Korean", 1.5,
                    List.of("Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-jin", "Eun-ji"),
                    List.of("Min-jun", "Ji-hoon", "Seo-jun", "Hyun-woo", "Dong-hyun", "Sung-min"),
                    List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"),
                    List.of("Korean"), 0.25, 0.3),
            new Culture("Japanese", 0.7,
                    List.of("Yuki", "Haruka", "Aiko", "Emi", "Sakura", "Naomi"),
                    List.of("Haruto", "Kenji", "Takeshi", "Sora", "Daichi", "Ren"),
                    List.of("Tanaka", "Suzuki", "Sato", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi"),
                    List.of("Japanese"), 0.15, 0.1),
            new Culture("South Asian", 4,
                    List.of("Priya", "Ananya", "Aisha", "Fatima", "Sunita", "Kavya", "Neha", "Deepika", "Sana", "Meera",
                            "Harpreet"),
                    List.of("Arjun", "Rahul", "Vikram", "Imran", "Sanjay", "Rohan", "Amit", "Faisal", "Karan",
                            "Gurpreet", "Anil"),
                    List.of("Patel", "Sharma", "Singh", "Kumar", "Gupta", "Shah", "Reddy", "Khan", "Chaudhry", "Iyer",
                            "Desai", "Malik", "Rao", "Qureshi"),
                    List.of("Hindi", "Urdu", "Punjabi", "Gujarati", "Bengali"), 0.2, 0),
            new Culture("Arab and Middle Eastern", 2.5,
                    List.of("Layla", "Noor", "Yasmin", "Amira", "Rania", "Huda", "Salma", "Mariam"),
                    List.of("Omar", "Ahmed", "Youssef", "Khaled", "Tariq", "Karim", "Hassan", "Samir"),
                    List.of("Haddad", "Khoury", "Mansour", "Saleh", "Nasser", "Hamdan", "Abboud", "Farah", "Aziz",
                            "Darwish", "Al-Masri", "Rahman"),
                    List.of("Arabic", "Farsi"), 0.3, 0),
            new Culture("West African", 2,
                    List.of("Adaeze", "Chiamaka", "Ngozi", "Abena", "Ama", "Folake", "Yetunde", "Efua"),
                    List.of("Chinedu", "Emeka", "Kwame", "Kofi", "Olumide", "Tunde", "Yaw", "Ikenna"),
                    List.of("Okafor", "Adeyemi", "Okonkwo", "Mensah", "Boateng", "Asante", "Balogun", "Eze", "Nwosu",
                            "Owusu", "Adjei"),
                    List.of("Yoruba", "Twi", "French"), 0.05, 0),
            new Culture("Somali and East African", 1,
                    List.of("Hodan", "Ayaan", "Fadumo", "Hawa", "Sahra", "Deqa", "Meron", "Tigist"),
                    List.of("Abdi", "Mohamed", "Abdullahi", "Hassan", "Liban", "Dawit", "Tesfaye", "Yonas"),
                    List.of("Warsame", "Hussein", "Jama", "Osman", "Yusuf", "Ali", "Aden", "Tadesse", "Bekele"),
                    List.of("Somali", "Amharic", "Tigrinya"), 0.4, 0),
            new Culture("Haitian", 1.5,
                    List.of("Widline", "Nadège", "Fabienne", "Roseline", "Magalie", "Stéphanie"),
                    List.of("Wilner", "Fritz", "Jean-Pierre", "Frantz", "Emmanuel", "Jean-Robert"),
                    List.of("Jean-Louis", "Pierre", "Joseph", "Charles", "Dorvil", "Étienne", "Baptiste", "Célestin",
                            "Toussaint", "Desir"),
                    List.of("Haitian Creole", "French"), 0.35, 0),
            new Culture("Eastern European", 3,
                    List.of("Anna", "Olena", "Natalia", "Katarzyna", "Irina", "Svetlana", "Agnieszka", "Oksana", "Yulia",
                            "Marta"),
                    List.of("Dmitri", "Piotr", "Andriy", "Sergei", "Tomasz", "Mikhail", "Oleksandr", "Pavel", "Jakub",
                            "Vasyl"),
                    List.of("Nowak", "Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Wójcik",
                            "Horvath", "Novak", "Ivanenko", "Popescu"),
                    List.of("Russian", "Ukrainian", "Polish", "Romanian"), 0.25, 0),
            new Culture("Filipino", 2,
                    List.of("Maricel", "Kristine", "Angelica", "Rowena", "Mylene", "Jocelyn"),
                    List.of("Jomar", "Rodel", "Mark Anthony", "Jerome", "Arnel", "Ramon"),
                    List.of("Santos", "Bautista", "Ocampo", "Villanueva", "Aquino", "Castro", "Manalo", "Dela Cruz",
                            "Mercado"),
                    List.of("Tagalog"), 0.15, 0),
            new Culture("Brazilian and Portuguese", 1,
                    List.of("Ana Clara", "Beatriz", "Larissa", "Fernanda", "Juliana", "Inês"),
                    List.of("João", "Thiago", "Rafael", "Gustavo", "Lucas", "Rodrigo"),
                    List.of("Silva", "Souza", "Oliveira", "Costa", "Pereira", "Almeida", "Carvalho", "Ferreira"),
                    List.of("Portuguese"), 0.35, 0));

    static Culture pick(Dice dice) {
        double[] weights = new double[ALL.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = ALL.get(i).weight();
        }
        return dice.weighted(ALL, weights);
    }

    static Culture anglo() {
        return ALL.getFirst();
    }

    List<String> givenNames(boolean female) {
        return female ? femaleNames : maleNames;
    }
}
