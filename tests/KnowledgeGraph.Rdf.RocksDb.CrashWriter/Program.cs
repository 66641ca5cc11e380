using System.Globalization;
using KnowledgeGraph.Rdf.RocksDb;
using KnowledgeGraph.Rdf.RocksDb.CrashWriter;
using KnowledgeGraph.Rdf.Store;

// Usage: CrashWriter STORE. Opens the store, then commits batch after batch (continuing after the last one the store
// holds), printing "ack N" only once Commit has returned, until it is killed. The crash test kills it with SIGKILL.
// Should nobody kill it (a test run that died first), it stops by itself after a minute rather than write forever.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: CrashWriter STORE");
    return 2;
}
using RocksDbQuadStore store = RocksDbQuadStore.Open(args[0]);
long next;
using (IDatasetSnapshot snapshot = store.OpenSnapshot())
{
    next = CrashBatches.LastBatch(snapshot) + 1;
}
Console.Out.WriteLine("ready");
Console.Out.Flush();
var stopAt = DateTime.UtcNow.AddMinutes(1);
for (long n = next; DateTime.UtcNow < stopAt; n++)
{
    CrashBatches.Write(store, n);
    Console.Out.WriteLine("ack " + n.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();
}
return 0;
