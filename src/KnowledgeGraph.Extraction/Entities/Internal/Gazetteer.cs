namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// General word lists the rules consult: English words that start sentences, titles that announce a person, cue words
/// that make a capitalised phrase an organisation, place, event or work, month names and reporting verbs. No names of
/// particular people, organisations or places.
/// </summary>
internal static class Gazetteer
{
    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Function and discourse words that are capitalised only because they start a sentence or a title.</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "a an the this that these those there here then thus yet still even moreover indeed however although though " +
        "in on at as by for from with without within into onto upon of to and or but nor if when while after before since " +
        "until unless because whether which who whom whose what why how where it its he she they we i our their his her him " +
        "them us me my your you one two three four five six seven eight nine ten first second third last next each every some " +
        "many most much more less few all any both either neither no not nowhere far well soon shortly already again also " +
        "originally generally furthermore consequently obviously similarly finally ultimately rather instead having being " +
        "seeing believing like unlike between under over among against toward towards about above below across through " +
        "during according cf see ibid op cit loc ed eds trans vol vols p pp chapter part note notes introduction " +
        "let put such so too very just only perhaps partly closely whereupon meanwhile nonetheless nevertheless otherwise " +
        "today tomorrow yesterday now modern given having apparently certainly clearly plainly surely essentially " +
        "especially particularly similarly likewise besides hence therefore accordingly whatever whoever whichever " +
        "mr mrs ms dr prof");

    /// <summary>Titles and offices written before a name; they announce a person.</summary>
    public static readonly HashSet<string> Titles = Set(
        "president general generals marshal marshals comrade comrades colonel captain admiral premier chairman " +
        "secretary minister professor dr mr mrs ms sir lord lady father tsar czar king queen prince princess " +
        "emperor pope bishop senator governor judge shah sultan emir");

    /// <summary>Rulers named by their realm ("the Shah of Iran", "the King of Spain"): the word after "of" is a place.</summary>
    public static readonly HashSet<string> Rulers = Set("shah king queen emperor empress tsar czar sultan emir prince princess duke grand");

    /// <summary>Verbs of moving that make "to X" a destination ("moved to London").</summary>
    public static readonly HashSet<string> MotionVerbs = Set("moved went came returned fled travelled traveled emigrated sailed sent deported exiled retreated marched");

    /// <summary>Words that make a capitalised phrase an organisation.</summary>
    public static readonly HashSet<string> OrganizationCues = Set(
        "party parties committee commission congress politburo army armies navy command department ministry institute " +
        "university college academy foundation society association union league bloc center centre opposition government " +
        "council soviet soviets church press review studies journal bulletin messenger worker times guard police " +
        "secretariat bureau agency office court corporation company bank club federation front movement organization " +
        "organisation international cp");

    /// <summary>Words that make a capitalised phrase a place.</summary>
    public static readonly HashSet<string> PlaceCues = Set(
        "city town village district province region republic state states kingdom empire county island islands " +
        "archipelago sea ocean river mountains valley coast north south east west northern southern eastern western " +
        "central far near middle upper lower new old great little saint st street avenue road square bridge");

    /// <summary>The compass words, which name a region after another place word ("Far East", "Middle East").</summary>
    public static readonly HashSet<string> CompassWords = Set("north south east west");

    /// <summary>Words that make a capitalised phrase an event.</summary>
    public static readonly HashSet<string> EventCues = Set(
        "revolution revolutions war wars rebellion revolt uprising famine purge purges census trial trials affair " +
        "massacre invasion congress plenum conference campaign march strike crisis thaw");

    /// <summary>Words that make a capitalised phrase a document or other work, not a person.</summary>
    public static readonly HashSet<string> WorkCues = Set(
        "manifesto constitution doctrine prize plan policy report speech letter theses program programme declaration act acts bill " +
        "treaty supplement medal award school concerto symphony sonata opera quartet suite hall museum library " +
        "gallery theatre theater cathedral palace");

    /// <summary>Words of the domain that are capitalised but name groups or qualities, not persons.</summary>
    public static readonly HashSet<string> GroupWords = Set(
        "soviet bolshevik bolsheviks menshevik mensheviks communist communists nazi nazis kulak kulaks czarist socialist " +
        "socialists jew jews jewish slav slavs slavic slavonic western eastern european europeans asian african " +
        "christian orthodox catholic protestant muslim islamic left right whites reds");

    /// <summary>Month names (and their abbreviations).</summary>
    public static readonly HashSet<string> Months = Set(
        "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter");

    /// <summary>Verbs of saying, writing and acting that follow a person's name.</summary>
    public static readonly HashSet<string> ReportingVerbs = Set(
        "writes wrote written notes noted argues argued observes observed remarks remarked maintains maintained says said " +
        "declared declares reports reported relates related believes believed held holds points pointed lists listed cites " +
        "cited gives gave grasps sees saw portrays portrayed spoke spoken stressed insisted insists contended contends " +
        "claims claimed describes described calls called explains explained concludes concluded quotes quoted recalls " +
        "admits admitted accepted rejected reiterated reaffirmed expressed decreed denounced warned addressed launched used " +
        "eliminated fused died killed began begins professed emphasized emphasizes suggests suggested agrees agreed " +
        "replied answered asked thought thinks felt feels knew knows wanted sought hoped feared accused confirms " +
        "confirmed acknowledged acknowledges invidiously essentially");

    /// <summary>Nouns that, after a possessive name ("X's wife"), show the name is a person's.</summary>
    public static readonly HashSet<string> PersonalNouns = Set(
        "wife husband son daughter father mother brother sister friend death birth life career removal expulsion " +
        "influence view views thesis theory biography interpretation critique speech remarks words account argument " +
        "decree regime figures appraisal policy policies position reassurances murder jealousy motivation own " +
        "use revelations exposé expose letter letters book books essay essays article writings work works analysis " +
        "discussion report recollections followers instructions legacy initiative orders obsession name personality " +
        "character popularity dictatorship faction power leadership direction emphasis statement reception student " +
        "students translator collaborator aims proposal program program idea ideas crimes successor predecessor " +
        "departure arrest trial assassination");

    /// <summary>Nouns that introduce a person in apposition ("his close friend, X").</summary>
    public static readonly HashSet<string> AppositionNouns = Set(
        "friend wife husband son daughter student translator collaborator colleague secretary successor rival ally " +
        "associate survivor leader author editor historian scholar poet writer critic");

    /// <summary>Whether a word is a roman numeral (as in "World War II").</summary>
    public static bool IsRomanNumeral(string word) => word.Length > 0 && word.All(c => c is 'I' or 'V' or 'X' or 'L');

    /// <summary>Lower-case particles inside personal names ("Anthony van Dyck").</summary>
    public static readonly HashSet<string> Particles = new(["van", "von", "de", "da", "di", "du", "der", "den", "del", "della", "le", "la", "ter", "ten"], StringComparer.Ordinal);

    /// <summary>Whether a word inside a longer name has an ending of a doctrine, its follower or a nationality ("Marxism", "Trotskyite", "Chilean").</summary>
    public static bool HasDoctrineSuffix(string word)
    {
        string w = word.ToLowerInvariant();
        return w.EndsWith("ism", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal) || w.EndsWith("ists", StringComparison.Ordinal)
            || w.EndsWith("ite", StringComparison.Ordinal) || w.EndsWith("ites", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal)
            || w.EndsWith("ians", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)
            || w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal);
    }

    /// <summary>Whether a word has an ending that makes it a doctrine, a follower or an adjective, not a name.</summary>
    public static bool HasNonNameSuffix(string word)
    {
        string w = word.ToLowerInvariant();
        return w.EndsWith("ism", StringComparison.Ordinal) || w.EndsWith("isms", StringComparison.Ordinal)
            || w.EndsWith("ist", StringComparison.Ordinal) || w.EndsWith("ists", StringComparison.Ordinal)
            || w.EndsWith("ite", StringComparison.Ordinal) || w.EndsWith("ites", StringComparison.Ordinal)
            || w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ians", StringComparison.Ordinal)
            || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal)
            || w.EndsWith("ic", StringComparison.Ordinal) || w.EndsWith("ics", StringComparison.Ordinal)
            || w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("ans", StringComparison.Ordinal)
            || w.EndsWith("ican", StringComparison.Ordinal)
            || w.EndsWith("ization", StringComparison.Ordinal) || w.EndsWith("isation", StringComparison.Ordinal);
    }
}
