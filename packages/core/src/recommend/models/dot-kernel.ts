/**
 * The inner kernel of the dense SPD inverse: eight dot products (four rows × two rows) in one pass.
 * A WebAssembly SIMD version (assembled below, about 5× faster) runs where WebAssembly is available; a JavaScript
 * version with the same summation order, so bit-identical results, runs elsewhere.
 */

/** Four-by-two dot products over rows of one square matrix buffer (internal). */
export interface DotKernel {
  /** The matrix buffer the offsets index. */
  readonly matrix: Float64Array;
  /** Result of the last call: `out[2a + b] = Σ_{k<len} matrix[x_a + k] · matrix[y_b + k]`. */
  readonly out: Float64Array;
  /** Computes the eight dot products; offsets are element indexes into `matrix`. */
  dot4x2(x0: number, x1: number, x2: number, x3: number, y0: number, y1: number, len: number): void;
  /** Whether the WebAssembly kernel runs. */
  readonly simd: boolean;
}

/**
 * Allocates a zeroed buffer of `size` doubles with a kernel over it: in WebAssembly memory when possible, else a
 * plain `Float64Array`. Pass `simd: false` to force the JavaScript kernel.
 */
export function createDotKernel(size: number, options: { simd?: boolean } = {}): DotKernel {
  if (options.simd !== false && typeof WebAssembly === "object") {
    try {
      return wasmKernel(size);
    } catch {
      // No WebAssembly SIMD here (or no memory that large): the JavaScript kernel computes the same numbers.
    }
  }
  return jsKernel(new Float64Array(size));
}

function jsKernel(matrix: Float64Array): DotKernel {
  const out = new Float64Array(8);
  return {
    matrix,
    out,
    simd: false,
    dot4x2(x0, x1, x2, x3, y0, y1, len) {
      // Even and odd k are summed apart and then added, exactly as the two SIMD lanes do.
      let e00 = 0,
        o00 = 0,
        e01 = 0,
        o01 = 0,
        e10 = 0,
        o10 = 0,
        e11 = 0,
        o11 = 0;
      let e20 = 0,
        o20 = 0,
        e21 = 0,
        o21 = 0,
        e30 = 0,
        o30 = 0,
        e31 = 0,
        o31 = 0;
      const m = matrix;
      const even = len & ~1;
      for (let k = 0; k < even; k += 2) {
        const a = m[y0 + k] ?? 0,
          b = m[y1 + k] ?? 0,
          c = m[y0 + k + 1] ?? 0,
          d = m[y1 + k + 1] ?? 0;
        let x = m[x0 + k] ?? 0,
          z = m[x0 + k + 1] ?? 0;
        e00 += x * a;
        e01 += x * b;
        o00 += z * c;
        o01 += z * d;
        x = m[x1 + k] ?? 0;
        z = m[x1 + k + 1] ?? 0;
        e10 += x * a;
        e11 += x * b;
        o10 += z * c;
        o11 += z * d;
        x = m[x2 + k] ?? 0;
        z = m[x2 + k + 1] ?? 0;
        e20 += x * a;
        e21 += x * b;
        o20 += z * c;
        o21 += z * d;
        x = m[x3 + k] ?? 0;
        z = m[x3 + k + 1] ?? 0;
        e30 += x * a;
        e31 += x * b;
        o30 += z * c;
        o31 += z * d;
      }
      const tail = (x: number, y: number) => (len & 1 ? (m[x + even] ?? 0) * (m[y + even] ?? 0) : 0);
      out[0] = e00 + o00 + tail(x0, y0);
      out[1] = e01 + o01 + tail(x0, y1);
      out[2] = e10 + o10 + tail(x1, y0);
      out[3] = e11 + o11 + tail(x1, y1);
      out[4] = e20 + o20 + tail(x2, y0);
      out[5] = e21 + o21 + tail(x2, y1);
      out[6] = e30 + o30 + tail(x3, y0);
      out[7] = e31 + o31 + tail(x3, y1);
    },
  };
}

function wasmKernel(size: number): DotKernel {
  const bytes = size * 8 + 64;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
  const module = new WebAssembly.Module(kernelModule());
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const dot = instance.exports.dot4x2 as (...offsets: number[]) => void;
  const outOffset = size * 8;
  return {
    matrix: new Float64Array(memory.buffer, 0, size),
    out: new Float64Array(memory.buffer, outOffset, 8),
    simd: true,
    dot4x2(x0, x1, x2, x3, y0, y1, len) {
      dot(x0 * 8, x1 * 8, x2 * 8, x3 * 8, y0 * 8, y1 * 8, len, outOffset);
    },
  };
}

/**
 * The WebAssembly module: `dot4x2(x0, x1, x2, x3, y0, y1, len, out)` with byte offsets into the imported memory.
 * Two k per step in f64x2 lanes, eight accumulators; then lane 0 + lane 1, plus the odd last product.
 */
function kernelModule(): Uint8Array<ArrayBuffer> {
  const uleb = (value: number): number[] => {
    const bytes: number[] = [];
    let v = value;
    do {
      let byte = v & 0x7f;
      v >>>= 7;
      if (v !== 0) byte |= 0x80;
      bytes.push(byte);
    } while (v !== 0);
    return bytes;
  };
  const sleb = (value: number): number[] => {
    const bytes: number[] = [];
    let v = value;
    for (;;) {
      const byte = v & 0x7f;
      v >>= 7;
      if ((v === 0 && !(byte & 0x40)) || (v === -1 && byte & 0x40)) return [...bytes, byte];
      bytes.push(byte | 0x80);
    }
  };
  const name = (s: string) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
  const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
  const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
  const [I32, V128] = [0x7f, 0x7b];
  const get = (i: number) => [0x20, ...uleb(i)];
  const set = (i: number) => [0x21, ...uleb(i)];
  const i32 = (v: number) => [0x41, ...sleb(v)];
  const simd = (op: number) => [0xfd, ...uleb(op)];
  const [I32_ADD, I32_AND, I32_SHL, I32_GE_S, F64_ADD, F64_MUL, SELECT] = [
    0x6a, 0x71, 0x74, 0x4e, 0xa0, 0xa2, 0x1b,
  ];
  const V128_LOAD = [...simd(0x00), 3, 0];
  const [F64X2_ADD, F64X2_MUL] = [simd(0xf0), simd(0xf2)];
  const lane = (l: number) => [...simd(0x21), l];
  // Parameters 0–7: x0 x1 x2 x3 y0 y1 len out; locals: k 8, end 9, acc 10–17, y lanes 18–19, x lanes 20.
  const X = [0, 1, 2, 3];
  const Y = [4, 5];
  const [LEN, OUT, K, END, XV] = [6, 7, 8, 9, 20];
  const acc = (a: number, b: number) => 10 + a * 2 + b;
  const yv = (b: number) => 18 + b;
  const at = (base: number) => [...get(base), ...get(K), I32_ADD];
  const body: number[] = [];
  body.push(...get(LEN), ...i32(-2), I32_AND, ...i32(3), I32_SHL, ...set(END));
  body.push(...i32(0), ...set(K));
  body.push(0x02, 0x40, 0x03, 0x40); // block, loop
  body.push(...get(K), ...get(END), I32_GE_S, 0x0d, 1); // br_if 1 (leave) when k >= end
  for (const b of [0, 1]) body.push(...at(Y[b] ?? 0), ...V128_LOAD, ...set(yv(b)));
  for (const a of [0, 1, 2, 3]) {
    body.push(...at(X[a] ?? 0), ...V128_LOAD, ...set(XV));
    for (const b of [0, 1]) {
      body.push(...get(acc(a, b)), ...get(XV), ...get(yv(b)), ...F64X2_MUL, ...F64X2_ADD, ...set(acc(a, b)));
    }
  }
  body.push(...get(K), ...i32(16), I32_ADD, ...set(K), 0x0c, 0, 0x0b, 0x0b); // k += 16, br 0 (loop), end, end
  const f64At = (base: number) => [...at(base), 0x2b, 3, 0];
  for (const a of [0, 1, 2, 3]) {
    for (const b of [0, 1]) {
      body.push(...get(OUT));
      body.push(...get(acc(a, b)), ...lane(0), ...get(acc(a, b)), ...lane(1), F64_ADD);
      const zero = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];
      body.push(
        ...f64At(X[a] ?? 0),
        ...f64At(Y[b] ?? 0),
        F64_MUL,
        ...zero,
        ...get(LEN),
        ...i32(1),
        I32_AND,
        SELECT,
      );
      body.push(F64_ADD, 0x39, 3, (a * 2 + b) * 8); // f64.store offset
    }
  }
  body.push(0x0b);
  const code = [
    ...vec([
      [...uleb(2), I32],
      [...uleb(11), V128],
    ]),
    ...body,
  ];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, ...vec([I32, I32, I32, I32, I32, I32, I32, I32].map((t) => [t])), 0]])),
    ...section(2, vec([[...name("env"), ...name("memory"), 0x02, 0x00, 0x01]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name("dot4x2"), 0x00, 0]])),
    ...section(10, vec([[...uleb(code.length), ...code]])),
  ]);
}
