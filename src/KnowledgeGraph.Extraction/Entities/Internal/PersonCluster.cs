namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>The names and mentions gathered for one person during coreference.</summary>
internal sealed class PersonCluster(string family)
{
    public string Family { get; } = family;

    public List<string> Names { get; } = [];

    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The first letter of the given name, when any name form has one.</summary>
    public char? Initial => Names.Select(PersonCoreference.Initial).FirstOrDefault(i => i is not null);

    /// <summary>The fullest form: most words, then whole given names over initials, then the longest.</summary>
    public string Label => Names
        .OrderByDescending(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
        .ThenBy(n => n.Count(c => c == '.'))
        .ThenByDescending(n => n.Length)
        .First();

    public void Add(string name, EntityMention? mention)
    {
        if (!Names.Contains(name))
        {
            Names.Add(name);
        }
        if (mention is not null)
        {
            Mentions.Add(mention);
            if (mention.Text != name && !mention.Text.Contains(',', StringComparison.Ordinal) && !Names.Contains(mention.Text))
            {
                Names.Add(mention.Text);
            }
        }
    }
}
