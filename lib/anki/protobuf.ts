import { corrupt } from "./errors";

/** One protobuf field as read off the wire: a varint, or the bytes of a length-delimited value. */
export type ProtoField = { number: number; varint: number } | { number: number; bytes: Uint8Array };

/** The top-level fields of a protobuf message; enough for Anki's small config and media messages. */
export function readProtoFields(data: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const byte = data[at++];
      if (byte === undefined) throw corrupt("a protobuf message is truncated");
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    throw corrupt("a protobuf varint is too long");
  };
  while (at < data.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) fields.push({ number, varint: varint() });
    else if (wire === 2) {
      const length = varint();
      if (at + length > data.length) throw corrupt("a protobuf message is truncated");
      fields.push({ number, bytes: data.subarray(at, at + length) });
      at += length;
    } else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else throw corrupt("a protobuf message has an unknown wire type");
  }
  return fields;
}

export const protoVarint = (fields: ProtoField[], number: number): number | undefined => {
  const field = fields.find((f) => f.number === number && "varint" in f);
  return field && "varint" in field ? field.varint : undefined;
};

const decoder = new TextDecoder("utf-8", { fatal: false });
export const protoString = (fields: ProtoField[], number: number): string | undefined => {
  const field = fields.find((f) => f.number === number && "bytes" in f);
  return field && "bytes" in field ? decoder.decode(field.bytes) : undefined;
};

/** Writes a protobuf message from varint and bytes/string fields, in the order given. */
export function writeProto(fields: Array<[number, number | string | Uint8Array]>): Uint8Array {
  const out: number[] = [];
  const varint = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      out.push((rest % 128) | 0x80);
      rest = Math.floor(rest / 128);
    }
    out.push(rest);
  };
  for (const [number, value] of fields) {
    if (typeof value === "number") {
      varint(number * 8);
      varint(value);
    } else {
      const bytes = typeof value === "string" ? new TextEncoder().encode(value) : value;
      varint(number * 8 + 2);
      varint(bytes.length);
      for (const byte of bytes) out.push(byte);
    }
  }
  return Uint8Array.from(out);
}
