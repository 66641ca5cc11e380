using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Writes the triples of one graph as pretty Turtle statements: grouped by subject with <c>;</c> and <c>,</c>,
/// blank nodes used once nested as <c>[ ... ]</c>, well-formed lists as <c>( ... )</c>. Blank nodes that cannot be
/// nested (used twice, pinned, or on a cycle of nested nodes) keep a label, so the output reads back isomorphic.
/// </summary>
internal sealed class TurtleGraphWriter
{
    private const string IndentUnit = "    ";

    /// <summary>Deeper blank nodes get labels instead, so long chains cannot exhaust the stack.</summary>
    private const int MaxNesting = 64;
    private readonly TurtleGraphShape _shape;
    private readonly TurtleTermFormatter _formatter;
    private readonly StringBuilder _out;
    private readonly string _baseIndent;
    private readonly bool _canonical;
    private readonly HashSet<Term> _written = [];
    private readonly HashSet<BlankNode> _labelled = [];
    private readonly Queue<BlankNode> _tooDeep = new();

    public TurtleGraphWriter(TurtleGraphShape shape, TurtleTermFormatter formatter, StringBuilder output, string baseIndent, bool canonical)
    {
        _shape = shape;
        _formatter = formatter;
        _out = output;
        _baseIndent = baseIndent;
        _canonical = canonical;
    }

    /// <summary>Writes every triple of the graph.</summary>
    public void WriteAll()
    {
        List<Term> subjects = _shape.Subjects;
        if (_canonical)
        {
            subjects = [.. subjects.OrderBy(s => s.Kind == TermKind.BlankNode ? 1 : 0).ThenBy(s => s.ToString(), StringComparer.Ordinal)];
        }
        foreach (Term subject in subjects)
        {
            if (!CanNest(subject) && !_written.Contains(subject))
            {
                WriteStatement(subject);
                WriteTooDeep();
            }
        }
        // What is left are blank nodes that only nested nodes refer to, in a cycle: label one to break it.
        foreach (Term subject in subjects)
        {
            if (!_written.Contains(subject))
            {
                _labelled.Add((BlankNode)subject);
                WriteStatement(subject);
                WriteTooDeep();
            }
        }
    }

    /// <summary>Writes the blank nodes that were labelled for being nested too deep, and what they nest in turn.</summary>
    private void WriteTooDeep()
    {
        while (_tooDeep.TryDequeue(out BlankNode? blank))
        {
            if (!_written.Contains(blank) && _shape.PairsOf(blank).Count > 0)
            {
                WriteStatement(blank);
            }
        }
    }

    private bool CanNest(Term term) =>
        term is BlankNode blank && _shape.ObjectUses(blank) == 1 && !_shape.IsPinned(blank) && !_labelled.Contains(blank);

    private void WriteStatement(Term subject)
    {
        _written.Add(subject);
        _out.Append(_baseIndent);
        if (subject is BlankNode blank && _shape.ObjectUses(blank) == 0 && !_shape.IsPinned(blank))
        {
            _out.Append("[]");
        }
        else
        {
            _formatter.Append(_out, subject);
        }
        _out.Append(' ');
        WritePredicateObjectList(subject, 1);
        _out.Append(" .\n");
    }

    private void WritePredicateObjectList(Term subject, int depth)
    {
        var groups = _shape.PairsOf(subject).GroupBy(pair => pair.Predicate);
        if (_canonical)
        {
            groups = groups.OrderBy(g => g.Key.Equals(RdfVocab.Type) ? 0 : 1).ThenBy(g => g.Key.Value, StringComparer.Ordinal);
        }
        bool firstPredicate = true;
        foreach (var group in groups)
        {
            if (!firstPredicate)
            {
                _out.Append(" ;\n").Append(_baseIndent);
                AppendIndent(depth);
            }
            firstPredicate = false;
            _formatter.AppendPredicate(_out, group.Key);
            _out.Append(' ');
            IEnumerable<Term> objects = group.Select(pair => pair.Object);
            if (_canonical)
            {
                objects = objects.OrderBy(o => o.ToString(), StringComparer.Ordinal);
            }
            bool firstObject = true;
            foreach (Term obj in objects)
            {
                if (!firstObject)
                {
                    _out.Append(", ");
                }
                firstObject = false;
                WriteObject(obj, depth);
            }
        }
    }

    private void WriteObject(Term obj, int depth)
    {
        if (obj.Equals(RdfVocab.Nil))
        {
            _out.Append("()");
            return;
        }
        if (depth > MaxNesting && obj is BlankNode deep && CanNest(deep))
        {
            _labelled.Add(deep);
            _tooDeep.Enqueue(deep);
        }
        if (!CanNest(obj) || _written.Contains(obj))
        {
            _formatter.Append(_out, obj);
            return;
        }
        var blank = (BlankNode)obj;
        if (TryCollectList(blank) is { } items)
        {
            _out.Append('(');
            foreach (Term item in items)
            {
                _out.Append(' ');
                WriteObject(item, depth + 1);
            }
            _out.Append(" )");
            return;
        }
        _written.Add(blank);
        var pairs = _shape.PairsOf(blank);
        if (pairs.Count == 0)
        {
            _out.Append("[]");
            return;
        }
        if (pairs.Count == 1 && !(CanNest(pairs[0].Object) && !_written.Contains(pairs[0].Object)))
        {
            _out.Append("[ ");
            _formatter.AppendPredicate(_out, pairs[0].Predicate);
            _out.Append(' ');
            WriteObject(pairs[0].Object, depth + 1);
            _out.Append(" ]");
            return;
        }
        _out.Append("[\n").Append(_baseIndent);
        AppendIndent(depth + 1);
        WritePredicateObjectList(blank, depth + 1);
        _out.Append('\n').Append(_baseIndent);
        AppendIndent(depth);
        _out.Append(']');
    }

    /// <summary>
    /// The items of the list starting at <paramref name="head"/> when every node is an unwritten nestable blank node
    /// with exactly one <c>rdf:first</c> and one <c>rdf:rest</c> and the chain ends in <c>rdf:nil</c>; marks the
    /// nodes written. Null when the nodes do not form such a list.
    /// </summary>
    private List<Term>? TryCollectList(BlankNode head)
    {
        var items = new List<Term>();
        var nodes = new HashSet<BlankNode>();
        Term node = head;
        while (!node.Equals(RdfVocab.Nil))
        {
            if (node is not BlankNode blank || !CanNest(blank) || _written.Contains(blank) || !nodes.Add(blank))
            {
                return null;
            }
            var pairs = _shape.PairsOf(blank);
            if (pairs.Count != 2)
            {
                return null;
            }
            Term? first = pairs.FirstOrDefault(p => p.Predicate.Equals(RdfVocab.First)).Object;
            Term? rest = pairs.FirstOrDefault(p => p.Predicate.Equals(RdfVocab.Rest)).Object;
            if (first is null || rest is null)
            {
                return null;
            }
            items.Add(first);
            node = rest;
        }
        _written.UnionWith(nodes);
        return items;
    }

    private void AppendIndent(int depth)
    {
        for (int i = 0; i < depth; i++)
        {
            _out.Append(IndentUnit);
        }
    }
}
