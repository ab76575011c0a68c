// The catalog pages' own words, Chinese first. What a catalog page says about an operation comes from the spec; the
// reference behind the spec is Chinese, so an English page prints only the spec's English (`title_en`, `label_en`)
// and the facts that need no translation (names, types, required markers, enum values, the example), and sends the
// reader to the Chinese page for the rest.

/** The roles of the spec (`roles`: who may call an operation), in English. A new one fails the generator. */
const ROLES_EN = {
  直连商户: 'direct merchants',
  普通商户: 'ordinary merchants',
  服务商: 'service providers',
  普通服务商: 'ordinary service providers',
  渠道商: 'channel partners',
  渠道服务商: 'channel service providers',
  电商平台: 'e-commerce platforms',
  平台商户: 'platform merchants',
  微信平台商户: 'WeChat platform merchants',
  微信支付商户: 'WeChat Pay merchants',
  从业机构: 'institutions',
  '从业机构（支付机构）': 'institutions (payment institutions)',
  '从业机构（银行）': 'institutions (banks)',
  直连模式: 'direct mode',
  机构模式: 'institution mode',
  '特约商户（直连模式）': 'sub-merchants (direct mode)',
}

/** The kind of an official page, by its address, for its link title. */
const LINK_KINDS = [
  [/^https:\/\/pay\.weixin\.qq\.com\/doc\/v3\/merchant\//, '直连商户文档', 'Docs for direct merchants'],
  [/^https:\/\/pay\.weixin\.qq\.com\/doc\/v3\/partner\//, '服务商文档', 'Docs for service providers'],
  [/^https:\/\/pay\.weixin\.qq\.com\/doc\/global\//, '境外商户文档', 'Docs for cross-border merchants'],
  [/^https:\/\/pay\.weixin\.qq\.com\/doc\/v2\//, 'APIv2 文档', 'APIv2 docs'],
  [/^https:\/\/pay\.weixin\.qq\.com\/doc\/brand\//, '品牌文档', 'Docs for brands'],
  [/^https:\/\/docs\.qq\.com\//, '腾讯文档', 'Tencent Docs page'],
  [/^https:\/\/pay\.weixin\.qq\.com\/wiki\//, '旧版文档', 'Legacy docs'],
  [/^https:\/\/pay\.weixin\.qq\.com\/docs\//, '产品文档', 'Product docs'],
]

/** `{ zh, en, url }` of each official page of an operation, titled by kind, page number and operation title. */
export function officialPages(op) {
  return op.docs.map((url) => {
    const kind = LINK_KINDS.find(([pattern]) => pattern.test(url)) ?? [null, '官方文档', 'Official docs']
    const page = /\/(\d{6,})(?:$|[?#])/.exec(url)?.[1]
    const number = page ? ` ${page}` : ''
    return {
      url,
      zh: `${kind[1]}${number}：${op.title}`,
      en: `${kind[2]}${number}${op.title_en ? `: ${op.title_en}` : ''}`,
    }
  })
}

export function rolesText(roles, locale) {
  if (!roles?.length) return undefined
  if (locale === 'zh') return `适用：${roles.join('、')}。`
  const names = roles.map((role) => {
    const name = ROLES_EN[role]
    if (!name) throw new TypeError(`catalog role "${role}" has no English name: add it to ROLES_EN (catalog-text.mjs)`)
    return name
  })
  return `For ${names.join(', ')}.`
}

export const CATALOG_TEXT = {
  zh: {
    title: 'APIv3 全部接口',
    lead: (n, families) =>
      `微信支付 APIv3 的全部 ${n} 个接口，按 ${families} 个家族列出，由 \`@api/catalog\` 的规格文件（\`packages/catalog/spec\`）生成：请求表、返回表与示例代码和类型定义同出一源。商家券与基础支付的接口链接到各自更完整的页面。`,
    familyLead: (family, n) => `\`${family}\` 家族的 ${n} 个接口，由 \`packages/catalog/spec\` 生成。`,
    indexHead: '| 家族 | 接口 | 其中精编\n| --- | --- | ---',
    familyHead: '| 接口 | 方法 | 路径\n| --- | --- | ---',
    curatedMark: '（精编页面）',
    route: '路由',
    call: () =>
      "`import '@api/catalog'` 后，`client.request` 与三种链式写法都按本接口的定义推断请求与返回类型。`client` 来自 [createClient](/guide/making-a-call)；本页代码都经过类型检查（示例值取自官方文档，未对沙箱运行）。",
    baseUrl: (url, required) =>
      required
        ? `请求域名：\`${url}\`（创建 client 时以 \`baseUrl\` 指定）。`
        : `可用域名：\`${url}\`（创建 client 时以 \`baseUrl\` 指定）。`,
    englishNote: undefined,
    json: '声明请求的`JSON`数据结构',
    jsonTip: '对应 client 调用的 json 选项',
    queryTip: '对应 client 调用的 query 选项',
    multipart: '声明`multipart/form-data`的数据（file 与 meta）',
    multipartTip: '对应 client 调用的 multipart 选项：file 为 { filename, data } 文件，meta 为 JSON 元信息',
    encrypt: '用 `client.encrypt()` 加密（RSA-OAEP）',
    encryptedToMerchant: '微信支付以商户 API 证书公钥加密（RSA-OAEP）',
    encoded: 'JSON 字符串，其字段见下',
    noContent: { 202: '成功时无返回体（HTTP 202 Accepted）', 204: '成功时无返回体（HTTP 204 No Content）' },
    binary: '成功时返回文件本身（二进制），不是 JSON：类型中 `data` 为 `undefined`',
  },
  en: {
    title: 'Every APIv3 operation',
    lead: (n, families) =>
      `All ${n} operations of WeChat Pay APIv3 in ${families} families, generated from the spec files of \`@api/catalog\` (\`packages/catalog/spec\`): tables, examples and types come from one source. The merchant coupon (busifavor) and payment operations link to their richer pages. The reference behind the spec is written in Chinese: an English page shows names, types, required markers, enum values and examples, and the English descriptions there are; the Chinese page has every description.`,
    familyLead: (family, n) =>
      `The ${n} operations of the \`${family}\` family, generated from \`packages/catalog/spec\`.`,
    indexHead: '| Family | Operations | Of them curated\n| --- | --- | ---',
    familyHead: '| Operation | Method | Path\n| --- | --- | ---',
    curatedMark: ' (curated page)',
    route: 'Route',
    call: () =>
      "With `import '@api/catalog'`, `client.request` and the three chain styles infer this operation's request and answer types. `client` comes from [createClient](/en/guide/making-a-call); every snippet on this page is type-checked (the example values come from the official docs; they are not run against the sandbox).",
    baseUrl: (url, required) =>
      required
        ? `Host: \`${url}\` (give it as \`baseUrl\` when you create the client).`
        : `Also served at \`${url}\` (give it as \`baseUrl\` when you create the client).`,
    englishNote: (link) =>
      `The reference this page comes from is written in Chinese: descriptions without an English version yet are left blank here; the [Chinese page](${link}) has them all.`,
    json: 'the `JSON` body',
    jsonTip: 'The json option of a client call',
    queryTip: 'The query option of a client call',
    multipart: 'the `multipart/form-data` parts (file and meta)',
    multipartTip: 'The multipart option of a client call: file is a { filename, data } file, meta its JSON metadata',
    encrypt: 'encrypt with `client.encrypt()` (RSA-OAEP)',
    encryptedToMerchant: "encrypted by WeChat Pay with your merchant API certificate's public key (RSA-OAEP)",
    encoded: 'a JSON string of the fields below',
    noContent: { 202: 'No body on success (HTTP 202 Accepted)', 204: 'No body on success (HTTP 204 No Content)' },
    binary: 'On success the answer is the file itself (binary), not JSON: `data` is typed `undefined`',
  },
}
