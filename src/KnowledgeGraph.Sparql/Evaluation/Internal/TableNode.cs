using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>VALUES / unit / empty: the table's rows compatible with the parent, merged with it.</summary>
internal sealed class TableNode(QueryContext context, IReadOnlyList<(int Slot, TermId Value)[]> rows) : PlanNode(context)
{
    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        foreach ((int Slot, TermId Value)[] cells in rows)
        {
            TermId[]? row = parent;
            foreach ((int s, TermId value) in cells)
            {
                if (row[s].Value == 0)
                {
                    row = row == parent ? (TermId[])parent.Clone() : row;
                    row[s] = value;
                }
                else if (row[s] != value)
                {
                    row = null;
                    break;
                }
            }
            if (row is not null)
            {
                yield return row;
            }
        }
    }
}
