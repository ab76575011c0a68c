// A "WeChat Pay" that serves one large trade bill at /v3/billdownload/file, in its own process: the bill is generated
// as it is sent (never held in memory here either), plain or gzip, and once with one byte flipped. Its SHA1 is worked
// out at start-up by generating the same bytes once, so the client gets a true hash_value.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

const BYTES = Number(process.env.BENCH_BILL_BYTES)
const HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,商品名称,商户数据包,手续费,费率,订单金额\r\n'

function line(i) {
  const second = String(i % 60).padStart(2, '0')
  const no = String(i).padStart(10, '0')
  return `\`2025-05-20 10:00:${second},\`wx1234567889999,\`1900000001,\`0,\`,\`42000009132021011525${no},\`MCH_${no},\`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,\`JSAPI,\`SUCCESS,\`OTHERS,\`CNY,\`${(i % 997) + 1}.00,\`0.00,\`示例商城-会员月卡,\`,\`0.06000,\`0.60%,\`${(i % 997) + 1}.00\r\n`
}

/** The bill's bytes in ~64 KB chunks, exactly BYTES long (the last line cut to fit); `flipAt` corrupts one byte. */
function* chunks(flipAt = -1) {
  let sent = 0
  let i = 0
  let text = HEADER
  while (sent < BYTES) {
    while (text.length < 32_768) text += line(i++)
    let chunk = Buffer.from(text, 'utf8')
    text = ''
    if (sent + chunk.length > BYTES) chunk = chunk.subarray(0, BYTES - sent)
    if (flipAt >= sent && flipAt < sent + chunk.length) chunk[flipAt - sent] ^= 0x01
    sent += chunk.length
    yield chunk
  }
}

const hash = createHash('sha1')
for (const chunk of chunks()) hash.update(chunk)
const sha1 = hash.digest('hex')

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x')
  const token = url.searchParams.get('token') ?? ''
  const gzip = url.searchParams.get('tartype')?.toLowerCase() === 'gzip'
  const flip = token === 'corrupt' ? BYTES >> 1 : -1
  const warm = token === 'warm'
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Request-ID': `bill-${token}` })
  const source = Readable.from(warm ? [Buffer.from(HEADER)] : chunks(flip), { objectMode: false })
  try {
    await (gzip ? pipeline(source, createGzip(), res) : pipeline(source, res))
  } catch {
    // The client went away (a refused download): nothing to do.
  }
})
server.listen(0, '127.0.0.1', () => {
  process.send({
    type: 'ready',
    url: `http://127.0.0.1:${server.address().port}`,
    sha1,
    warmSha1: createHash('sha1').update(HEADER).digest('hex'),
  })
})
process.on('message', (m) => {
  if (m?.type === 'stop') server.close(() => process.exit(0))
})
process.on('disconnect', () => process.exit(0))
