namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>
/// Which Wikidata classes (values of P31 "instance of", or one step up P279 "subclass of") fit each kind of entity.
/// An item of no fitting class is never a candidate: "Kirov" the city is not "Kirov" the person.
/// </summary>
public static class TypeFilter
{
    /// <summary>"instance of".</summary>
    public const string InstanceOf = "P31";

    /// <summary>"subclass of".</summary>
    public const string SubclassOf = "P279";

    private static readonly IReadOnlyDictionary<EntityKind, HashSet<string>> Classes = new Dictionary<EntityKind, HashSet<string>>
    {
        // human
        [EntityKind.Person] = ["Q5"],
        // organization, political party, university, government agency
        [EntityKind.Organization] = ["Q43229", "Q7278", "Q3918", "Q327333"],
        // geographic location, human settlement, city, country
        [EntityKind.Place] = ["Q2221906", "Q486972", "Q515", "Q6256"],
        // event, occurrence, historical event, war
        [EntityKind.Event] = ["Q1656682", "Q1190554", "Q13418847", "Q198"],
        // written work, literary work, book, article, publication, version/edition
        [EntityKind.Work] = ["Q47461344", "Q7725634", "Q571", "Q191067", "Q732577", "Q3331189"],
    };

    /// <summary>True when one of <paramref name="classes"/> is a class that fits <paramref name="kind"/>.</summary>
    public static bool Fits(EntityKind kind, IEnumerable<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        return classes.Any(Classes[kind].Contains);
    }

    /// <summary>The classes that fit <paramref name="kind"/>.</summary>
    public static IReadOnlyCollection<string> ClassesOf(EntityKind kind) => Classes[kind];
}
