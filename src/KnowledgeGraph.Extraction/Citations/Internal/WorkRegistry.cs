namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Merges references into distinct works: one work per normalised title (or per author and container).</summary>
internal sealed class WorkRegistry
{
    private readonly Dictionary<string, CitedWork> _byKey = new(StringComparer.Ordinal);
    private readonly List<CitedWork> _works = [];

    public IReadOnlyList<CitedWork> Works => _works;

    /// <summary>The work a full reference describes, created or completed.</summary>
    public CitedWork Intern(ParsedReference reference)
    {
        CitedWork? container = null;
        if (reference.Container is not null)
        {
            ReferenceKind containerKind = reference.Kind == ReferenceKind.Chapter ? ReferenceKind.EditedBook : ReferenceKind.Periodical;
            container = Get("title|" + ReferenceText.Normalize(reference.Container.Value), containerKind);
            container.Title ??= reference.Container.Value;
            if (reference.Kind == ReferenceKind.Chapter)
            {
                AddNames(container.Editors, reference.Editors);
                container.Place ??= reference.Place?.Value;
                container.Publisher ??= reference.Publisher?.Value;
                container.Year ??= reference.Year?.Value;
                if (reference.Editors.Count == 0 && reference.Authors.Count > 0)
                {
                    container.Kind = ReferenceKind.Book;
                    AddNames(container.Authors, reference.Authors);
                }
            }
            if (reference.Title is null && reference.Authors.Count == 0)
            {
                return Describe(container, reference);
            }
        }
        string key = reference.Title is not null
            ? "title|" + ReferenceText.Normalize(reference.Title.Value)
            : "untitled|" + string.Join(",", reference.Authors.Select(a => ReferenceText.Normalize(a.Family))) + "|" + container?.Key + "|" + reference.Year?.Value;
        CitedWork work = Get(key, reference.Kind);
        if (work.Kind is ReferenceKind.Unknown or ReferenceKind.Book && reference.Kind is not ReferenceKind.Unknown)
        {
            work.Kind = reference.Kind;
        }
        work.Title ??= reference.Title?.Value;
        work.PartOf ??= container;
        AddNames(work.Authors, reference.Authors);
        if (reference.Kind != ReferenceKind.Chapter)
        {
            AddNames(work.Editors, reference.Editors);
            work.Place ??= reference.Place?.Value;
            work.Publisher ??= reference.Publisher?.Value;
        }
        AddNames(work.Translators, reference.Translators);
        work.Year ??= reference.Year?.Value;
        work.Volume ??= reference.Volume?.Value;
        work.Issue ??= reference.Issue?.Value;
        return Describe(work, reference);
    }

    /// <summary>A contribution known only by its authors inside a volume ("Lewin in Tucker, op. cit.").</summary>
    public CitedWork Contribution(IReadOnlyList<PersonName> authors, CitedWork volume)
    {
        string key = "untitled|" + string.Join(",", authors.Select(a => ReferenceText.Normalize(a.Family))) + "|" + volume.Key + "|";
        CitedWork work = Get(key, ReferenceKind.Chapter);
        work.PartOf ??= volume;
        AddNames(work.Authors, authors);
        return work;
    }

    private static CitedWork Describe(CitedWork work, ParsedReference reference)
    {
        if (!work.Descriptions.Contains(reference))
        {
            work.Descriptions.Add(reference);
        }
        return work;
    }

    private CitedWork Get(string key, ReferenceKind kind)
    {
        if (!_byKey.TryGetValue(key, out CitedWork? work))
        {
            work = new CitedWork(_works.Count + 1, key, kind);
            _byKey[key] = work;
            _works.Add(work);
        }
        return work;
    }

    private static void AddNames(List<PersonName> into, IEnumerable<PersonName> names)
    {
        foreach (PersonName name in names)
        {
            if (!into.Any(n => NameMatching.SameFamily(n.Family, name.Family)))
            {
                into.Add(name);
            }
        }
    }
}
