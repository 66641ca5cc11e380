using System.Globalization;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>
/// The rdf:nodeID values a written document uses. rdf:nodeID must be an XML name, so a blank-node label that is one is
/// kept (easier to trace) and any other gets a fresh <c>b0</c>, <c>b1</c>, ... that no kept label collides with.
/// </summary>
internal sealed class BlankNodeLabels
{
    private readonly Dictionary<BlankNode, string> _labels = [];
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private int _next;

    public BlankNodeLabels(IEnumerable<KeyValuePair<Term, List<Triple>>> subjects)
    {
        foreach (var (subject, triples) in subjects)
        {
            Keep(subject);
            foreach (var triple in triples)
            {
                Keep(triple.Object);
            }
        }
    }

    public string LabelOf(BlankNode node)
    {
        if (!_labels.TryGetValue(node, out var label))
        {
            do
            {
                label = "b" + (_next++).ToString(CultureInfo.InvariantCulture);
            }
            while (!_taken.Add(label));
            _labels.Add(node, label);
        }
        return label;
    }

    private void Keep(Term term)
    {
        if (term is BlankNode node && !_labels.ContainsKey(node) && RdfXmlNamespaceMap.IsNcName(node.Label) && _taken.Add(node.Label))
        {
            _labels.Add(node, node.Label);
        }
    }
}
