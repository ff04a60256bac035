using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Builds tickets.tickets.search exactly as the product's SQL does —
/// setweight(to_tsvector('tickets.es', subject), 'A') || setweight(to_tsvector(name), 'A') || setweight(to_tsvector(description), 'B')
/// || setweight(to_tsvector(reply), 'C') || … — without asking PostgreSQL per ticket. Every text is a sequence of known
/// pieces (Texts) joined by spaces; PostgreSQL computes each piece's lexemes and positions once (and how many positions
/// the piece takes, trailing stop words included). Inside one to_tsvector the pieces follow each other; || shifts the
/// right operand by the largest position of the left one. The result goes to COPY in tsvector's binary format.
/// The generator checks a sample against the SQL expression after loading.
/// </summary>
internal sealed class SearchVectors
{
    private readonly Dictionary<string, int> pieceIndex = new(StringComparer.Ordinal);
    private readonly List<Piece> pieces = [];
    private readonly List<byte[]> lexemeBytes = [];
    private int[] rankOfLexeme = [];

    private sealed record Piece(int[] Lexemes, short[] Positions, int Increments);

    public static async Task<SearchVectors> LoadAsync(NpgsqlDataSource db, IEnumerable<string> allPieces, CancellationToken ct)
    {
        const string marker = "qzxjvk";
        var vectors = new SearchVectors();
        var lexemeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = allPieces.Distinct(StringComparer.Ordinal).ToArray();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT p.ord::int, v.lexeme, v.positions
            FROM unnest(@Pieces) WITH ORDINALITY AS p(text, ord)
            CROSS JOIN LATERAL unnest(to_tsvector('tickets.es', p.text || ' ' || @Marker)) AS v
            ORDER BY p.ord, v.lexeme
            """, connection);
        command.Parameters.AddWithValue("Pieces", texts);
        command.Parameters.AddWithValue("Marker", marker);
        var lexemes = texts.Select(_ => new List<(int Lexeme, short Pos)>()).ToArray();
        var increments = new int[texts.Length];
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var piece = reader.GetInt32(0) - 1;
                var lexeme = reader.GetString(1);
                var positions = reader.GetFieldValue<short[]>(2);
                if (lexeme == marker)
                {
                    increments[piece] = positions[0] - 1;
                    continue;
                }

                if (!lexemeIds.TryGetValue(lexeme, out var id))
                {
                    id = lexemeIds[lexeme] = lexemeIds.Count;
                    vectors.lexemeBytes.Add(Encoding.UTF8.GetBytes(lexeme));
                }

                foreach (var p in positions)
                {
                    lexemes[piece].Add((id, p));
                }
            }
        }

        for (var i = 0; i < texts.Length; i++)
        {
            if (increments[i] == 0 && lexemes[i].Count > 0)
            {
                throw new InvalidOperationException($"Could not measure the positions of '{texts[i]}'.");
            }

            vectors.pieceIndex[texts[i]] = i;
            vectors.pieces.Add(new Piece([.. lexemes[i].Select(l => l.Lexeme)], [.. lexemes[i].Select(l => l.Pos)], increments[i]));
        }

        // tsvector lexemes are ordered by their bytes (memcmp, then the shorter first).
        var order = Enumerable.Range(0, vectors.lexemeBytes.Count).ToArray();
        Array.Sort(order, (a, b) => vectors.lexemeBytes[a].AsSpan().SequenceCompareTo(vectors.lexemeBytes[b]));
        vectors.rankOfLexeme = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            vectors.rankOfLexeme[order[r]] = r;
        }

        vectors.lexemeByRank = [.. order.Select(i => vectors.lexemeBytes[i])];
        return vectors;
    }

    private byte[][] lexemeByRank = [];

    public int PieceId(string text) => pieceIndex.TryGetValue(text, out var id) ? id : throw new KeyNotFoundException($"No tsvector for piece '{text}'.");

    /// <summary>Accumulates one ticket's vector; reuse it (Reset) for the next ticket.</summary>
    public sealed class Builder(SearchVectors vectors)
    {
        private long[] entries = new long[256];
        private int count;
        private int maxPos;      // largest position so far (what || shifts the next operand by)
        private int segmentBase; // offset of the next piece inside the current to_tsvector
        private int segmentMax;
        private int weight;

        public void Reset()
        {
            count = 0;
            maxPos = 0;
        }

        /// <summary>Starts the next operand of ||: setweight(to_tsvector(...), weight).</summary>
        public void BeginSegment(char weightLetter)
        {
            weight = weightLetter switch { 'A' => 3, 'B' => 2, 'C' => 1, _ => 0 };
            segmentBase = 0;
            segmentMax = 0;
        }

        /// <summary>The next piece inside the current to_tsvector (pieces are separated by one space).</summary>
        public void Add(int pieceId)
        {
            var piece = vectors.pieces[pieceId];
            for (var i = 0; i < piece.Lexemes.Length; i++)
            {
                var inSegment = Math.Min(segmentBase + piece.Positions[i], 16383);
                segmentMax = Math.Max(segmentMax, inSegment);
                var pos = Math.Min(maxPos + inSegment, 16383);
                if (count == entries.Length)
                {
                    Array.Resize(ref entries, count * 2);
                }

                entries[count++] = ((long)vectors.rankOfLexeme[piece.Lexemes[i]] << 20) | ((long)pos << 2) | (uint)weight;
            }

            segmentBase += piece.Increments;
        }

        public void EndSegment() => maxPos = Math.Min(maxPos + segmentMax, 16383);

        /// <summary>The binary tsvector (as tsvectorsend writes it) as the next value of <paramref name="target"/>: lexeme
        /// count, then each lexeme, its position count and positions.</summary>
        public void WriteBinary(CopyBuffer target)
        {
            Array.Sort(entries, 0, count);
            var lexemeCount = 0;
            var size = 4;
            for (var i = 0; i < count; i++)
            {
                var rank = (int)(entries[i] >> 20);
                if (i == 0 || rank != (int)(entries[i - 1] >> 20))
                {
                    lexemeCount++;
                    size += vectors.lexemeByRank[rank].Length + 1 + 2;
                }

                size += 2;
            }

            var span = target.Field(size);
            BinaryPrimitives.WriteInt32BigEndian(span, lexemeCount);
            var at = 4;
            var countAt = 0;
            for (var i = 0; i < count; i++)
            {
                var rank = (int)(entries[i] >> 20);
                if (i == 0 || rank != (int)(entries[i - 1] >> 20))
                {
                    var bytes = vectors.lexemeByRank[rank];
                    bytes.CopyTo(span[at..]);
                    at += bytes.Length;
                    span[at++] = 0;
                    countAt = at;
                    BinaryPrimitives.WriteUInt16BigEndian(span[at..], 0);
                    at += 2;
                }

                var pos = (int)((entries[i] >> 2) & 0x3FFFF);
                var w = (int)(entries[i] & 3);
                BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)((w << 14) | pos));
                at += 2;
                BinaryPrimitives.WriteUInt16BigEndian(span[countAt..], (ushort)(BinaryPrimitives.ReadUInt16BigEndian(span[countAt..]) + 1));
            }
        }
    }
}
