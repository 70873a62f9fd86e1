/// What the word lists say of names, for code that weighs names met in several articles.
public enum ActorNames {
    /// Whether `written` ("Mr Knight", "Knight") can name the person called `fullName` ("Beverley
    /// Knight"): false only when a title opening `written` and the given name opening `fullName`
    /// are of known, different genders.
    public static func genderAgrees(_ written: String, with fullName: String) -> Bool {
        let gazetteer = Gazetteer.shared
        guard let titleWord = written.split(separator: " ").first, written.contains(" "),
            let title = gazetteer.titles[titleWord.lowercased().filter { $0 != "." }],
            let givenName = fullName.split(separator: " ").first,
            let gender = gazetteer.givenNames[givenName.lowercased()]
        else { return true }
        return title.gender.agrees(with: gender)
    }

    /// Whether `written` opens with a title ("Mr Knight", "Lord Goldsmith").
    public static func opensWithTitle(_ written: String) -> Bool {
        guard written.contains(" "), let first = written.split(separator: " ").first else { return false }
        return Gazetteer.shared.titles[first.lowercased().filter { $0 != "." }] != nil
    }

    /// Whether the word lists hold `word` as a given name ("George", "Chelsea").
    public static func isGivenName(_ word: some StringProtocol) -> Bool {
        Gazetteer.shared.givenNames[word.lowercased()] != nil
    }

    /// Whether the gazetteer lists `name` as the name of a place ("Liverpool", not "Chelsea").
    public static func isListedPlace(_ name: String) -> Bool {
        Gazetteer.shared.names[Tokenizer.keys(of: name).joined(separator: " ")]?.kind == .place
    }

    /// How large a place the gazetteer says `name` is: `country` ("South Korea"), `city` ("Chennai",
    /// "Harrogate"), `area` for the rest it lists (regions, continents, seas); nil when it lists no place
    /// of that name. Read from the two place files alone (a millisecond), not the whole gazetteer, which a search
    /// does not otherwise load.
    public static func listedPlaceScale(_ name: String) -> String? {
        placeScales[name.lowercased()]
    }

    /// The scale of each listed place, by its canonical name lower-cased.
    private static let placeScales: [String: String] = {
        var scales: [String: String] = [:]
        for fields in Gazetteer.rows(PackageResources.places_tsv) where fields.count >= 4 {
            scales[fields[0].lowercased()] = fields[3] == "city" ? "city" : "area"
        }
        // A country's name wins over a region's of the same name (`Georgia`).
        for fields in Gazetteer.rows(PackageResources.countries_tsv) where !fields.isEmpty {
            scales[fields[0].lowercased()] = "country"
        }
        return scales
    }()
}
