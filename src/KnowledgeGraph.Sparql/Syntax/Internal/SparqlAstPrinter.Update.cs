using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>Printing of update requests and their operations.</summary>
internal sealed partial class SparqlAstPrinter
{
    public void Update(SparqlUpdate update)
    {
        for (int i = 0; i < update.Operations.Count; i++)
        {
            if (i > 0)
            {
                Text(" ;");
                NewLine();
            }
            Operation(update.Operations[i]);
        }
    }

    private void Operation(UpdateOperation operation)
    {
        switch (operation)
        {
            case InsertDataOperation insert:
                Text("INSERT DATA ");
                Quads(insert.Quads);
                break;
            case DeleteDataOperation delete:
                Text("DELETE DATA ");
                Quads(delete.Quads);
                break;
            case DeleteWhereOperation deleteWhere:
                Text("DELETE WHERE ");
                Quads(deleteWhere.Quads);
                break;
            case ModifyOperation modify:
                if (modify.With is not null)
                {
                    Text("WITH ");
                    Term(modify.With);
                    NewLine();
                }
                if (modify.Delete is not null)
                {
                    Text("DELETE ");
                    Quads(modify.Delete);
                    NewLine();
                }
                if (modify.Insert is not null)
                {
                    Text("INSERT ");
                    Quads(modify.Insert);
                }
                Dataset(modify.Using, "USING");
                Where(modify.Where);
                break;
            case LoadOperation load:
                Text(load.Silent ? "LOAD SILENT " : "LOAD ");
                Term(load.Source);
                if (load.Destination is not null)
                {
                    Text(" INTO GRAPH ");
                    Term(load.Destination);
                }
                break;
            case ClearOperation clear:
                Text(clear.Silent ? "CLEAR SILENT " : "CLEAR ");
                Target(clear.Target);
                break;
            case DropOperation drop:
                Text(drop.Silent ? "DROP SILENT " : "DROP ");
                Target(drop.Target);
                break;
            case CreateOperation create:
                Text(create.Silent ? "CREATE SILENT GRAPH " : "CREATE GRAPH ");
                Term(create.Graph);
                break;
            case GraphTransferOperation transfer:
                Text(transfer.Kind.ToString().ToUpperInvariant()).Text(transfer.Silent ? " SILENT " : " ");
                GraphOrDefault(transfer.Source);
                Text(" TO ");
                GraphOrDefault(transfer.Destination);
                break;
            default:
                throw new NotSupportedException($"Unknown update operation {operation.GetType().Name}.");
        }
    }

    private void Quads(SyntaxList<QuadsBlock> blocks)
    {
        Text("{");
        _indent++;
        foreach (var block in blocks)
        {
            if (block.Graph is null)
            {
                Triples(block.Triples);
                continue;
            }
            NewLine();
            Text("GRAPH ");
            Node(block.Graph);
            Text(" {");
            _indent++;
            Triples(block.Triples);
            _indent--;
            NewLine();
            Text("}");
        }
        _indent--;
        NewLine();
        Text("}");
    }

    private void Target(GraphTarget target)
    {
        switch (target.Kind)
        {
            case GraphTargetKind.Graph:
                Text("GRAPH ");
                Term(target.Graph!);
                break;
            default:
                Text(target.Kind.ToString().ToUpperInvariant());
                break;
        }
    }

    private void GraphOrDefault(Iri? graph)
    {
        if (graph is null)
        {
            Text("DEFAULT");
        }
        else
        {
            Text("GRAPH ");
            Term(graph);
        }
    }
}
