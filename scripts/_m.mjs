import { build } from "esbuild"; import { gzipSync } from "node:zlib";
const f = process.argv[2];
const r = await build({ entryPoints:[f], bundle:true, minify:true, format:"esm", platform:"browser", target:"es2022", conditions:["@candor/source"], write:false, metafile:true, logLevel:"silent"});
console.log(f, r.outputFiles[0].contents.length, gzipSync(r.outputFiles[0].contents,{level:9}).length);
const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
const agg = {}; for (const [k,v] of Object.entries(ins)) { const key = k.includes("node_modules") ? k.replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*/,"$1") : k; agg[key]=(agg[key]??0)+v.bytesInOutput; }
for (const [k,v] of Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0, +process.argv[3]||15)) console.log("  ",v,k);
