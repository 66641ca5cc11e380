namespace KnowledgeGraph.Server.Pages;

/// <summary>
/// A deterministic force-directed layout (Fruchterman and Reingold's spring embedder): connected nodes attract,
/// all nodes repel, and the movement cools each round. Nodes start on a circle in the given order, so the same
/// network always gets the same picture.
/// </summary>
internal static class ForceLayout
{
    public static (double X, double Y)[] Place(int nodes, IReadOnlyList<(int From, int To)> edges, double width, double height, int rounds = 300)
    {
        var position = new (double X, double Y)[nodes];
        if (nodes == 0)
        {
            return position;
        }
        for (int i = 0; i < nodes; i++)
        {
            double angle = 2 * Math.PI * i / nodes;
            position[i] = (width / 2 + width / 3 * Math.Cos(angle), height / 2 + height / 3 * Math.Sin(angle));
        }
        double k = Math.Sqrt(width * height / nodes);
        double temperature = width / 10;
        for (int round = 0; round < rounds; round++)
        {
            var shift = new (double X, double Y)[nodes];
            for (int a = 0; a < nodes; a++)
            {
                for (int b = a + 1; b < nodes; b++)
                {
                    (double dx, double dy, double d) = Delta(position[a], position[b]);
                    double force = k * k / d;
                    shift[a] = (shift[a].X + dx / d * force, shift[a].Y + dy / d * force);
                    shift[b] = (shift[b].X - dx / d * force, shift[b].Y - dy / d * force);
                }
            }
            foreach (var (from, to) in edges)
            {
                (double dx, double dy, double d) = Delta(position[from], position[to]);
                double force = d * d / k;
                shift[from] = (shift[from].X - dx / d * force, shift[from].Y - dy / d * force);
                shift[to] = (shift[to].X + dx / d * force, shift[to].Y + dy / d * force);
            }
            for (int i = 0; i < nodes; i++)
            {
                double length = Math.Max(1e-9, Math.Sqrt(shift[i].X * shift[i].X + shift[i].Y * shift[i].Y));
                double step = Math.Min(length, temperature);
                position[i] = (
                    Math.Clamp(position[i].X + shift[i].X / length * step, 40, width - 40),
                    Math.Clamp(position[i].Y + shift[i].Y / length * step, 30, height - 30));
            }
            temperature *= 0.985;
        }
        return position;
    }

    // Coincident nodes are nudged apart by index so the forces have a direction.
    private static (double Dx, double Dy, double D) Delta((double X, double Y) a, (double X, double Y) b)
    {
        double dx = a.X - b.X, dy = a.Y - b.Y;
        double d = Math.Sqrt(dx * dx + dy * dy);
        return d < 1e-6 ? (0.01, 0.01, 0.0142) : (dx, dy, d);
    }
}
