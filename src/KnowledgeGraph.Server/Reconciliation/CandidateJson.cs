using System.Text.Json.Nodes;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>The JSON of entities and types as the protocol answers them (candidates, suggestions, type lists).</summary>
internal static class CandidateJson
{
    /// <summary>A reconciliation candidate: id, name, description, types, score and match.</summary>
    public static JsonObject Candidate(ReconciliationCandidate candidate, EntityIndex index)
    {
        JsonObject json = Entity(candidate.Entity, index, "type");
        json["score"] = candidate.Score;
        json["match"] = candidate.Match;
        return json;
    }

    /// <summary>An entity with its types under <paramref name="typesMember"/> (<c>type</c> in results, <c>notable</c> in suggestions).</summary>
    public static JsonObject Entity(IndexedEntity entity, EntityIndex index, string typesMember)
    {
        var json = new JsonObject { ["id"] = entity.Id.Value, ["name"] = entity.Name };
        if (entity.Description is { } description)
        {
            json["description"] = description;
        }
        json[typesMember] = new JsonArray([.. ShownTypes(entity).Select(t => (JsonNode)Type(t, index))]);
        return json;
    }

    /// <summary>A type: its IRI and display name.</summary>
    public static JsonObject Type(Iri type, EntityIndex index) => new() { ["id"] = type.Value, ["name"] = index.ClassName(type) };

    /// <summary>
    /// The types to show: those of our ontology when the entity has any (kgo:Person rather than kgo:Person,
    /// schema:Person and foaf:Person, which would all read "Person"), else every asserted type.
    /// </summary>
    public static IReadOnlyList<Iri> ShownTypes(IndexedEntity entity)
    {
        var ours = entity.Types.Where(static t => t.Value.StartsWith(ReconciliationVocabulary.Kgo, StringComparison.Ordinal)).ToList();
        return ours.Count > 0 ? ours : entity.Types;
    }
}
