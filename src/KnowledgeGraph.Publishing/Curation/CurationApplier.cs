using KnowledgeGraph.Extraction.Vocabularies;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Publishing.Curation;

/// <summary>
/// Applies curation operations to a built dataset, in the order given, and says what each one changed. It runs after
/// extraction and linking and before validation, so a curated graph is validated like any other. Quads keep their
/// named graphs; statements a curation adds go into the curation graph, and a merged resource's old IRI is kept
/// there with <c>dcterms:isReplacedBy</c> so links to it can still be followed.
/// </summary>
public sealed class CurationApplier
{
    private static readonly Iri[] LabelProperties = [Rdfs.Label, Schema.Name, Foaf.Name, DcTerms.Title];
    private readonly IReadOnlyList<Triple> _ontology;
    private readonly string _baseIri;

    /// <summary>Creates an applier.</summary>
    /// <param name="ontology">The ontology's statements: a retyped entity also gets the class's superclasses from it.</param>
    /// <param name="baseIri">The build's base IRI (the curation graph is named under it; the report shows IRIs relative to it).</param>
    public CurationApplier(IReadOnlyList<Triple> ontology, string baseIri)
    {
        _ontology = ontology;
        _baseIri = baseIri;
        CurationGraph = new Iri(baseIri + "curation");
    }

    /// <summary>The named graph that holds what curation added.</summary>
    public Iri CurationGraph { get; }

    /// <summary>Applies the operations to <paramref name="quads"/> in place and reports each.</summary>
    public IReadOnlyList<CurationChange> Apply(List<Quad> quads, IReadOnlyList<CurationOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(operations);
        var changes = new List<CurationChange>();
        foreach (CurationOperation operation in operations)
        {
            int before = quads.Count;
            (string description, int changed) = operation switch
            {
                MergeOperation m => ($"merged {Show(m.From)} into {Show(m.Into)}", Merge(quads, m)),
                RetypeOperation r => ($"retyped {Show(r.Entity)} as {Prefixes.Compact(r.Class.Value)}", Retype(quads, r)),
                RelabelOperation r => ($"relabelled {Show(r.Entity)} as \"{r.Label.LexicalForm}\"", Relabel(quads, r)),
                DeleteOperation d => ($"deleted {Show(d.Entity)} and its mentions", Delete(quads, d.Entity)),
                SplitOperation s => ($"moved the mentions \"{string.Join("\", \"", s.MentionTexts)}\" to a new entity {Show(s.NewEntity)}", Split(quads, s)),
                AddStatementOperation a => ($"added {a.Statement}", AddStatement(quads, a.Statement)),
                RemoveStatementOperation r => ($"removed {r.Statement}", quads.RemoveAll(q => q.Triple == r.Statement)),
                _ => throw new CurationException($"{operation.Origin}: unsupported operation {operation.GetType().Name}"),
            };
            changes.Add(new CurationChange(operation.Origin, description, changed));
        }
        Deduplicate(quads);
        return changes;
    }

    private int Merge(List<Quad> quads, MergeOperation merge)
    {
        if (merge.From == merge.Into || !quads.Any(q => q.Subject == merge.From || q.Object == merge.From))
        {
            return 0;
        }
        var intoLabels = Labels(quads, merge.Into);
        var fromLabels = Labels(quads, merge.From);
        int changed = 0;
        for (int i = quads.Count - 1; i >= 0; i--)
        {
            Quad q = quads[i];
            if (q.Subject == merge.From && (q.Predicate == RdfVocab.Type || LabelProperties.Contains(q.Predicate)))
            {
                // The surviving entity keeps its own types and labels; the merged one's labels become alternate names below.
                quads.RemoveAt(i);
                changed++;
            }
            else if (q.Subject == merge.From || q.Object == merge.From)
            {
                quads[i] = new Quad(q.Subject == merge.From ? merge.Into : q.Subject, q.Predicate, q.Object == merge.From ? merge.Into : q.Object, q.Graph);
                changed++;
            }
        }
        Term? graph = GraphOf(quads, merge.Into);
        foreach (string label in fromLabels.Where(l => !intoLabels.Contains(l)))
        {
            quads.Add(new Quad(merge.Into, Schema.AlternateName, Literal.Simple(label), graph));
            changed++;
        }
        quads.Add(new Quad(merge.From, DcTerms.IsReplacedBy, merge.Into, CurationGraph));
        return changed + 1;
    }

    private int Retype(List<Quad> quads, RetypeOperation retype)
    {
        var old = quads.Where(q => q.Subject == retype.Entity && q.Predicate == RdfVocab.Type).ToList();
        if (old.Count == 0)
        {
            return 0;
        }
        Term? graph = old[0].Graph;
        quads.RemoveAll(q => q.Subject == retype.Entity && q.Predicate == RdfVocab.Type);
        var classes = Superclasses(retype.Class);
        quads.AddRange(classes.Select(c => new Quad(retype.Entity, RdfVocab.Type, c, graph)));
        return old.Count + classes.Count;
    }

    private int Relabel(List<Quad> quads, RelabelOperation relabel)
    {
        var labels = quads.Where(q => q.Subject == relabel.Entity && LabelProperties.Contains(q.Predicate)).ToList();
        if (labels.Count == 0)
        {
            return 0;
        }
        quads.RemoveAll(q => q.Subject == relabel.Entity && LabelProperties.Contains(q.Predicate));
        foreach (Quad label in labels)
        {
            quads.Add(label with { Object = relabel.Label });
        }
        int changed = labels.Count * 2;
        foreach (string old in labels.Select(l => ((Literal)l.Object).LexicalForm).Distinct().Where(o => o != relabel.Label.LexicalForm))
        {
            quads.Add(new Quad(relabel.Entity, Schema.AlternateName, Literal.Simple(old), labels[0].Graph));
            changed++;
        }
        quads.RemoveAll(q => q.Subject == relabel.Entity && q.Predicate == Schema.AlternateName && q.Object == Literal.Simple(relabel.Label.LexicalForm));
        return changed;
    }

    /// <summary>Removes the entity, the annotations whose body it is, and the nodes that exist only inside those (IRIs with a fragment of theirs).</summary>
    private static int Delete(List<Quad> quads, Iri entity)
    {
        var doomed = new HashSet<Term> { entity };
        foreach (Quad q in quads.Where(q => q.Predicate == Oa.HasBody && q.Object == entity))
        {
            doomed.Add(q.Subject);
        }
        var prefixes = doomed.OfType<Iri>().Select(i => i.Value + "#").ToList();
        return quads.RemoveAll(q => doomed.Contains(q.Subject) || doomed.Contains(q.Object)
            || (q.Subject is Iri s && prefixes.Any(p => s.Value.StartsWith(p, StringComparison.Ordinal))));
    }

    private int Split(List<Quad> quads, SplitOperation split)
    {
        var texts = split.MentionTexts.ToHashSet(StringComparer.Ordinal);
        var moving = new HashSet<Term>();
        foreach (Quad body in quads.Where(q => q.Predicate == Oa.HasBody && q.Object == split.From).ToList())
        {
            var targets = quads.Where(q => q.Subject == body.Subject && q.Predicate == Oa.HasTarget).Select(q => q.Object).ToHashSet();
            var selectors = quads.Where(q => targets.Contains(q.Subject) && q.Predicate == Oa.HasSelector).Select(q => q.Object).ToHashSet();
            if (quads.Any(q => selectors.Contains(q.Subject) && q.Predicate == Oa.Exact && q.Object is Literal l && texts.Contains(l.LexicalForm)))
            {
                moving.Add(body.Subject);
            }
        }
        if (moving.Count == 0)
        {
            return 0;
        }
        int changed = 0;
        for (int i = 0; i < quads.Count; i++)
        {
            Quad q = quads[i];
            if (moving.Contains(q.Subject) && q.Object == split.From)
            {
                quads[i] = q with { Object = split.NewEntity };
                changed++;
            }
        }
        var fromStatements = quads.Where(q => q.Subject == split.From).ToList();
        Term? graph = fromStatements.FirstOrDefault().Graph;
        foreach (Quad type in fromStatements.Where(q => q.Predicate == RdfVocab.Type))
        {
            quads.Add(type with { Subject = split.NewEntity });
            changed++;
        }
        foreach (Iri property in LabelProperties.Where(p => fromStatements.Any(q => q.Predicate == p)))
        {
            quads.Add(new Quad(split.NewEntity, property, split.Label, graph));
            changed++;
        }
        changed += quads.RemoveAll(q => q.Subject == split.From && q.Predicate == Schema.AlternateName && q.Object is Literal l && texts.Contains(l.LexicalForm));
        foreach (Quad mentioner in quads.Where(q => q.Predicate == Schema.Mentions && q.Object == split.From).ToList())
        {
            quads.Add(mentioner with { Object = split.NewEntity });
            changed++;
        }
        return changed;
    }

    private int AddStatement(List<Quad> quads, Triple statement)
    {
        if (quads.Any(q => q.Triple == statement))
        {
            return 0;
        }
        quads.Add(statement.InGraph(CurationGraph));
        return 1;
    }

    /// <summary>The class and its superclasses by <c>rdfs:subClassOf</c> in the ontology.</summary>
    private List<Term> Superclasses(Iri type)
    {
        var found = new List<Term> { type };
        for (int i = 0; i < found.Count; i++)
        {
            foreach (Triple t in _ontology.Where(t => t.Subject == found[i] && t.Predicate == Rdfs.SubClassOf && t.Object is Iri))
            {
                if (!found.Contains(t.Object))
                {
                    found.Add(t.Object);
                }
            }
        }
        return found;
    }

    private static HashSet<string> Labels(List<Quad> quads, Iri entity) =>
        quads.Where(q => q.Subject == entity && (LabelProperties.Contains(q.Predicate) || q.Predicate == Schema.AlternateName) && q.Object is Literal)
            .Select(q => ((Literal)q.Object).LexicalForm).ToHashSet(StringComparer.Ordinal);

    private static Term? GraphOf(List<Quad> quads, Iri entity) => quads.FirstOrDefault(q => q.Subject == entity).Graph;

    private static void Deduplicate(List<Quad> quads)
    {
        var seen = new HashSet<Quad>();
        quads.RemoveAll(q => !seen.Add(q));
    }

    private string Show(Iri iri) => CurationFileReader.Show(iri, _baseIri);
}
