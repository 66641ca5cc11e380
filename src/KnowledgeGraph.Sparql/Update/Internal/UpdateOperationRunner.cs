using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update.Internal;

/// <summary>Carries out one update operation against the request's workspace.</summary>
internal sealed class UpdateOperationRunner
{
    private readonly QueryEngine _engine;

    public UpdateOperationRunner(IFunctionLibrary functions)
    {
        _engine = new QueryEngine(functions);
    }

    public static string NameOf(UpdateOperation operation) => operation switch
    {
        InsertDataOperation => "INSERT DATA",
        DeleteDataOperation => "DELETE DATA",
        DeleteWhereOperation => "DELETE WHERE",
        ModifyOperation { Delete: null } => "INSERT",
        ModifyOperation { Insert: null } => "DELETE",
        ModifyOperation => "DELETE/INSERT",
        ClearOperation => "CLEAR",
        DropOperation => "DROP",
        CreateOperation => "CREATE",
        GraphTransferOperation transfer => transfer.Kind.ToString().ToUpperInvariant(),
        LoadOperation => "LOAD",
        _ => operation.GetType().Name,
    };

    public void Run(int index, UpdateOperation operation, UpdateWorkspace workspace, UpdateOptions options, CancellationToken cancellation)
    {
        try
        {
            switch (operation)
            {
                case InsertDataOperation insert:
                    workspace.Apply([], QuadTemplate.Instantiate(insert.Quads, null, null, []).ToList());
                    break;
                case DeleteDataOperation delete:
                    workspace.Apply(QuadTemplate.Instantiate(delete.Quads, null, null, []).ToList(), []);
                    break;
                case DeleteWhereOperation deleteWhere:
                    RunDeleteWhere(deleteWhere, workspace, options, cancellation);
                    break;
                case ModifyOperation modify:
                    RunModify(modify, workspace, options, cancellation);
                    break;
                case ClearOperation clear:
                    Clear(clear.Target, workspace, drop: false);
                    break;
                case DropOperation drop:
                    Clear(drop.Target, workspace, drop: true);
                    break;
                case CreateOperation create:
                    Create(create, workspace);
                    break;
                case GraphTransferOperation transfer:
                    Transfer(transfer, workspace);
                    break;
                case LoadOperation load:
                    Load(load, workspace, options);
                    break;
                default:
                    throw new OperationFailedException($"{operation.GetType().Name} is not supported.");
            }
        }
        catch (OperationFailedException failure)
        {
            if (!IsSilent(operation))
            {
                throw new SparqlUpdateException(index, NameOf(operation), failure.Message, failure.InnerException);
            }
        }
        catch (QueryTimeoutException timeout)
        {
            throw new SparqlUpdateException(index, NameOf(operation), "the WHERE clause timed out", timeout);
        }
        catch (OperationCanceledException cancelled)
        {
            throw new SparqlUpdateException(index, NameOf(operation), "the request was cancelled or timed out", cancelled);
        }
    }

    private static bool IsSilent(UpdateOperation operation) => operation switch
    {
        ClearOperation clear => clear.Silent,
        DropOperation drop => drop.Silent,
        CreateOperation create => create.Silent,
        GraphTransferOperation transfer => transfer.Silent,
        LoadOperation load => load.Silent,
        _ => false,
    };

    private void RunDeleteWhere(DeleteWhereOperation operation, UpdateWorkspace workspace, UpdateOptions options, CancellationToken cancellation)
    {
        AlgebraOp where = WherePatterns.FromQuadBlocks(operation.Quads);
        var removals = new List<Quad>();
        foreach (QuerySolution solution in Solve(where, workspace.Current, null, options, cancellation))
        {
            removals.AddRange(QuadTemplate.Instantiate(operation.Quads, solution, null, []));
        }
        workspace.Apply(removals, []);
    }

    private void RunModify(ModifyOperation operation, UpdateWorkspace workspace, UpdateOptions options, CancellationToken cancellation)
    {
        IDatasetSnapshot view = workspace.Current;
        DatasetDescription? dataset = null;
        if (!operation.Using.IsEmpty)
        {
            // USING/USING NAMED replace the dataset entirely, WITH included (it then only names the template graph).
            dataset = new DatasetDescription(operation.Using.Default, operation.Using.Named);
        }
        else if (operation.With is { } with)
        {
            // WITH makes its graph the default graph; GRAPH patterns still range over every named graph.
            dataset = new DatasetDescription([with], view.NamedGraphs.OfType<Iri>().ToList());
        }
        AlgebraOp where = WhereTranslation.Translate(operation.Where);
        // All solutions are computed before anything changes: deletions and insertions both come from the same
        // solutions, over the dataset as it was before this operation.
        List<QuerySolution> solutions = Solve(where, view, dataset, options, cancellation);
        var removals = new List<Quad>();
        var insertions = new List<Quad>();
        foreach (QuerySolution solution in solutions)
        {
            if (operation.Delete is { } delete)
            {
                removals.AddRange(QuadTemplate.Instantiate(delete, solution, operation.With, []));
            }
            if (operation.Insert is { } insert)
            {
                // A new blank-node map per solution: each solution's template blank nodes are fresh.
                insertions.AddRange(QuadTemplate.Instantiate(insert, solution, operation.With, []));
            }
        }
        workspace.Apply(removals, insertions);
    }

    private List<QuerySolution> Solve(AlgebraOp where, IDatasetSnapshot view, DatasetDescription? dataset, UpdateOptions options, CancellationToken cancellation)
    {
        var queryOptions = new QueryOptions { Dataset = dataset, CancellationToken = cancellation, Now = options.Now };
        return _engine.SelectStreaming(where, view, queryOptions).ToList();
    }

    private static void Clear(GraphTarget target, UpdateWorkspace workspace, bool drop)
    {
        IDatasetSnapshot view = workspace.Current;
        switch (target.Kind)
        {
            case GraphTargetKind.Graph:
                Iri graph = target.Graph!;
                if (!workspace.GraphExists(graph))
                {
                    throw new OperationFailedException($"the graph <{graph.Value}> does not exist.");
                }
                workspace.Apply(workspace.GraphQuads(graph), []);
                if (drop)
                {
                    workspace.MarkDropped(graph);
                }
                break;
            case GraphTargetKind.Default:
                workspace.Apply(workspace.GraphQuads(null), []);
                break;
            case GraphTargetKind.Named:
                workspace.Apply(view.Match(QuadPattern.InNamedGraphs()).ToList(), []);
                if (drop)
                {
                    workspace.ForgetCreatedGraphs();
                }
                break;
            default:
                workspace.Apply(view.Match(QuadPattern.InAllGraphs()).ToList(), []);
                if (drop)
                {
                    workspace.ForgetCreatedGraphs();
                }
                break;
        }
    }

    private static void Create(CreateOperation operation, UpdateWorkspace workspace)
    {
        if (workspace.GraphExists(operation.Graph))
        {
            throw new OperationFailedException($"the graph <{operation.Graph.Value}> already exists.");
        }
        workspace.MarkCreated(operation.Graph);
    }

    private static void Transfer(GraphTransferOperation operation, UpdateWorkspace workspace)
    {
        Iri? source = operation.Source;
        Iri? destination = operation.Destination;
        if (Equals(source, destination))
        {
            return; // The spec: when source and destination are the same graph, nothing happens.
        }
        if (source is not null && !workspace.GraphExists(source))
        {
            throw new OperationFailedException($"the source graph <{source.Value}> does not exist.");
        }
        List<Quad> sourceQuads = workspace.GraphQuads(source);
        var removals = new List<Quad>();
        if (operation.Kind is GraphTransferKind.Copy or GraphTransferKind.Move)
        {
            removals.AddRange(workspace.GraphQuads(destination));
        }
        if (operation.Kind == GraphTransferKind.Move)
        {
            removals.AddRange(sourceQuads);
        }
        workspace.Apply(removals, sourceQuads.Select(q => q with { Graph = destination }).ToList());
        if (destination is not null)
        {
            workspace.MarkCreated(destination);
        }
        if (operation.Kind == GraphTransferKind.Move && source is not null)
        {
            workspace.MarkDropped(source);
        }
    }

    private static void Load(LoadOperation operation, UpdateWorkspace workspace, UpdateOptions options)
    {
        string source = operation.Source.Value;
        if (!options.AllowLoad)
        {
            throw new OperationFailedException($"LOAD is disabled (refusing to read <{source}>); enable it explicitly to load local files.");
        }
        if (!source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new OperationFailedException($"only local file: IRIs can be loaded, not <{source}> (no network access).");
        }
        string path;
        try
        {
            path = FileIri.ToPath(source);
        }
        catch (Exception error) when (error is ArgumentException or FormatException)
        {
            throw new OperationFailedException($"<{source}> is not a usable file IRI: {error.Message}", error);
        }
        RdfFormat? format = options.Formats.FindByFileName(path);
        if (format is null || !format.CanRead)
        {
            throw new OperationFailedException($"no readable RDF format is known for the file name of <{source}>.");
        }
        List<Quad> quads;
        try
        {
            using FileStream stream = File.OpenRead(path);
            quads = format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = source }).ToList();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or RdfSyntaxException)
        {
            throw new OperationFailedException($"cannot load <{source}>: {error.Message}", error);
        }
        // LOAD ... INTO GRAPH puts every triple of the document in that graph; without INTO a quad document's own
        // graphs are kept and triples go to the default graph.
        Iri? destination = operation.Destination;
        workspace.Apply([], destination is null ? quads : quads.Select(q => q with { Graph = destination }).ToList());
        if (destination is not null)
        {
            workspace.MarkCreated(destination);
        }
    }
}
