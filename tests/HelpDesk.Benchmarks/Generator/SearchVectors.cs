using System.Buffers.Binary;
using System.Numerics;
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
    private byte[][] lexemeByRank = [];

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

    public int PieceId(string text) => pieceIndex.TryGetValue(text, out var id) ? id : throw new KeyNotFoundException($"No tsvector for piece '{text}'.");

    /// <summary>
    /// Accumulates one ticket's vector; reuse it (Reset) for the next ticket. A lexeme's positions arrive in increasing order
    /// (each piece and each operand of || comes after the previous ones), so tsvector's order (lexemes by their bytes, then
    /// positions) needs no sort: the lexemes present are bits in rank order, and each position goes to its lexeme's group.
    /// </summary>
    public sealed class Builder(SearchVectors vectors)
    {
        private int[] ranks = new int[256];            // per position added: its lexeme's rank
        private ushort[] positions = new ushort[256];  // per position added: weight (2 bits) and position (14 bits)
        private ushort[] grouped = new ushort[256];
        private int count;
        private readonly ulong[] present = new ulong[(vectors.lexemeByRank.Length + 63) / 64];
        private readonly int[] groupOfRank = new int[vectors.lexemeByRank.Length]; // count, then where the group starts
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
            if (count + piece.Lexemes.Length > ranks.Length)
            {
                var size = Math.Max(ranks.Length * 2, count + piece.Lexemes.Length);
                Array.Resize(ref ranks, size);
                Array.Resize(ref positions, size);
                grouped = new ushort[size];
            }

            for (var i = 0; i < piece.Lexemes.Length; i++)
            {
                var inSegment = Math.Min(segmentBase + piece.Positions[i], 16383);
                segmentMax = Math.Max(segmentMax, inSegment);
                var pos = Math.Min(maxPos + inSegment, 16383);
                var rank = vectors.rankOfLexeme[piece.Lexemes[i]];
                present[rank >> 6] |= 1UL << rank;
                groupOfRank[rank]++;
                ranks[count] = rank;
                positions[count++] = (ushort)((weight << 14) | pos);
            }

            segmentBase += piece.Increments;
        }

        public void EndSegment() => maxPos = Math.Min(maxPos + segmentMax, 16383);

        /// <summary>The binary tsvector (as tsvectorsend writes it) as the next value of <paramref name="target"/>: lexeme
        /// count, then each lexeme (in byte order), its position count and positions.</summary>
        public void WriteBinary(CopyBuffer target)
        {
            // Lexemes in rank order: each group's start, and the size.
            var lexemes = 0;
            var size = 4 + (2 * count);
            var at = 0;
            for (var word = 0; word < present.Length; word++)
            {
                for (var bits = present[word]; bits != 0; bits &= bits - 1)
                {
                    var rank = (word << 6) | BitOperations.TrailingZeroCount(bits);
                    var n = groupOfRank[rank];
                    groupOfRank[rank] = at;
                    at += n;
                    lexemes++;
                    size += vectors.lexemeByRank[rank].Length + 1 + 2;
                }
            }

            // Each position into its lexeme's group, in the order added; groupOfRank[rank] ends at the next group's start.
            for (var i = 0; i < count; i++)
            {
                grouped[groupOfRank[ranks[i]]++] = positions[i];
            }

            var span = target.Field(size);
            BinaryPrimitives.WriteInt32BigEndian(span, lexemes);
            var offset = 4;
            var next = 0;
            for (var word = 0; word < present.Length; word++)
            {
                for (var bits = present[word]; bits != 0; bits &= bits - 1)
                {
                    var rank = (word << 6) | BitOperations.TrailingZeroCount(bits);
                    var bytes = vectors.lexemeByRank[rank];
                    bytes.CopyTo(span[offset..]);
                    offset += bytes.Length;
                    span[offset++] = 0;
                    var end = groupOfRank[rank];
                    groupOfRank[rank] = 0;
                    BinaryPrimitives.WriteUInt16BigEndian(span[offset..], (ushort)(end - next));
                    offset += 2;
                    for (; next < end; next++)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(span[offset..], grouped[next]);
                        offset += 2;
                    }
                }

                present[word] = 0;
            }
        }
    }
}
