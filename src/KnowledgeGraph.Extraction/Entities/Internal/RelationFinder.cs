using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Finds relations the text states with a general pattern, once the entities are known: a person's possessive before a
/// work ("Krasnikov's biography of Kirov", "Solzhenitsyn's *Gulag Archipelago*") makes the person its author, and an
/// office in apposition to a person ("Kirov, the extremely popular secretary of the Leningrad Party", "Eugene Dennis,
/// the American Party's general secretary") makes the person a member of the organisation, and a personal relation in
/// apposition ("Engels, the student of Hegel", "Mary, the wife of Kirov") relates two persons.
/// </summary>
internal static partial class RelationFinder
{
    private const string Offices = "secretary|general secretary|first secretary|head|chief|leader|member|chairman|president|founder|editor|commander|director|minister|organizer|spokesman";

    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)['’]s (?:(?:book|essay|novel|study|pamphlet|article|memoirs|famous|celebrated|classic) )?[""“*]?$")]
    private static partial Regex PossessiveBefore();

    [GeneratedRegex(@"^, (?:the|a|an|his|her) (?:[\p{Ll}-]+ ){0,3}?(?<role>" + Offices + @")s? of (?:the )?")]
    private static partial Regex OfficeOf();

    /// <summary>", the student of ", ", his former colleague and friend of ": a personal relation in apposition, then the other person.</summary>
    [GeneratedRegex(@"^, (?:the|a|an|his|her) (?:[\p{Ll}-]+ ){0,2}?(?<relation>student|pupil|disciple|wife|husband|widow|colleague|collaborator)s? of ")]
    private static partial Regex PersonalRelationOf();

    [GeneratedRegex(@"^, (?:the )?")]
    private static partial Regex AppositionStart();

    [GeneratedRegex(@"^['’]s (?<role>(?:[\p{Ll}-]+ ){0,2}?(?:" + Offices + @"))\b")]
    private static partial Regex OrganisationsOffice();

    public static IReadOnlyList<StatedRelation> Find(IReadOnlyList<ExtractedEntity> entities)
    {
        var byUnit = entities.SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m))).ToLookup(p => p.Mention.Unit);
        var relations = new List<StatedRelation>();
        foreach (IGrouping<TextUnit, (ExtractedEntity Entity, EntityMention Mention)> unit in byUnit)
        {
            string text = unit.Key.Content.Text;
            var persons = unit.Where(p => p.Entity.Kind == EntityKind.Person).ToList();
            foreach ((ExtractedEntity work, EntityMention mention) in unit.Where(p => p.Entity.Kind == EntityKind.Work))
            {
                // The possessive is either inside the work's mention ("Krushchev's speech") or just before its title.
                int from = mention.Start;
                Match before = PossessiveBefore().Match(text[..mention.Start]);
                int nameStart = before.Success ? before.Groups["name"].Index : mention.Start;
                if (!before.Success && !Regex.IsMatch(mention.Text, @"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s "))
                {
                    continue;
                }
                from = Math.Min(from, nameStart);
                var author = persons.FirstOrDefault(p => p.Mention.Start == nameStart);
                if (author.Entity is not null)
                {
                    relations.Add(new StatedRelation(work, RelationKind.Author, author.Entity, unit.Key, from, mention.End, null));
                }
            }
            foreach ((ExtractedEntity person, EntityMention mention) in persons)
            {
                string after = text[mention.End..];
                Match office = OfficeOf().Match(after);
                if (office.Success && unit.FirstOrDefault(p => p.Entity.Kind == EntityKind.Organization && p.Mention.Start == mention.End + office.Length) is { Entity: not null } org)
                {
                    relations.Add(new StatedRelation(person, RelationKind.MemberOf, org.Entity, unit.Key, mention.Start, org.Mention.End, office.Groups["role"].Value));
                    continue;
                }
                Match personal = PersonalRelationOf().Match(after);
                if (personal.Success && persons.FirstOrDefault(p => p.Mention.Start == mention.End + personal.Length) is { Entity: not null } other && other.Entity != person)
                {
                    RelationKind kind = personal.Groups["relation"].Value switch
                    {
                        "student" or "pupil" or "disciple" => RelationKind.StudentOf,
                        "wife" or "husband" or "widow" => RelationKind.SpouseOf,
                        _ => RelationKind.ColleagueOf,
                    };
                    relations.Add(new StatedRelation(person, kind, other.Entity, unit.Key, mention.Start, other.Mention.End, personal.Groups["relation"].Value));
                    continue;
                }
                Match apposition = AppositionStart().Match(after);
                if (apposition.Success && unit.FirstOrDefault(p => p.Entity.Kind == EntityKind.Organization && p.Mention.Start == mention.End + apposition.Length) is { Entity: not null } owner)
                {
                    Match role = OrganisationsOffice().Match(text[owner.Mention.End..]);
                    if (role.Success)
                    {
                        relations.Add(new StatedRelation(person, RelationKind.MemberOf, owner.Entity, unit.Key, mention.Start, owner.Mention.End + role.Length, role.Groups["role"].Value));
                    }
                }
            }
        }
        return relations;
    }
}
