// The generator's own words, Chinese first. Everything else on a page comes from the definitions.

export const LOCALES = [
  { locale: 'zh', prefix: '', dir: '' },
  { locale: 'en', prefix: '/en', dir: 'en' },
]

/** The `call-note`'s retry sentence, by the rule `retryRule()` picks (see retry.mjs). */
const RETRY = {
  zh: {
    caller: (f) =>
      `重试：门面调用携带业务单号 \`${f}\`，遇到网络错误、5xx、429 时用同一请求体自动重试；链式调用只在传入 \`idempotent: true\` 时重试（下面的链式示例已传）。\`${f}\` 由你生成并先保存，自己重试时沿用原单号。`,
    generated: (f) =>
      `重试：\`${f}\` 可以不传，门面会生成一个（此操作重复执行不会生效两次）；门面调用遇到网络错误、5xx、429 时用同一请求体自动重试；链式调用只在传入 \`idempotent: true\` 时重试（下面的链式示例已传）。`,
    read: (m) => `重试：${m} 请求可以安全重复，门面与链式调用遇到网络错误、5xx、429 时都会自动重试。`,
    upload: () =>
      '重试：上传同一张图片没有业务副作用，门面与 `client.uploadImage` 遇到网络错误、5xx、429 时都会自动重试。',
    none: () => '重试：此接口没有业务单号，请求发出后 SDK 不会自动重试，门面与链式调用都一样。',
  },
  en: {
    caller: (f) =>
      `Retries: a facade call carries the business number \`${f}\` and is retried on network errors, 5xx and 429 with the same body; a chained call is retried only with \`idempotent: true\` (the chained examples below pass it). \`${f}\` is yours: store it before the call and reuse it when you retry yourself.`,
    generated: (f) =>
      `Retries: \`${f}\` may be left out and the facade makes one (this call cannot apply twice); a facade call is retried on network errors, 5xx and 429 with the same body; a chained call only with \`idempotent: true\` (the chained examples below pass it).`,
    read: (m) =>
      `Retries: a ${m} is safe to repeat, so facade and chained calls alike are retried on network errors, 5xx and 429.`,
    upload: () =>
      'Retries: uploading the same image twice has no business effect, so the facade and `client.uploadImage` are retried on network errors, 5xx and 429.',
    none: () =>
      'Retries: this call has no business number, so once sent the SDK does not retry it, through the facade or a chain.',
  },
}

export const TEXT = {
  zh: {
    request: ['请求参数', '类型', '描述'],
    response: ['返回字典', '类型', '描述'],
    notifyEnvelope: ['通知参数', '类型', '描述'],
    notifyResource: ['解密后的 resource', '类型', '描述'],
    headers: ['通知头', '类型', '描述'],
    ack: ['应答参数', '类型', '描述'],
    json: '声明请求的`JSON`数据结构',
    jsonTip: '对应 client 调用的 json 选项；门面方法中与路径、查询参数平铺在同一个对象里',
    query: '声明请求的查询参数',
    queryTip: '对应 client 调用的 query 选项；门面方法中与其他参数平铺',
    requestHeaders: '声明请求的 HTTP 头',
    requestHeadersTip: '对应 client 调用的 headers 选项',
    multipart: '声明`multipart/form-data`的数据（门面方法计算 sha256 并组装 meta）',
    multipartTip: 'file 为图片字节（Uint8Array / Buffer），filename 为带后缀的文件名',
    objectTip: '嵌套对象',
    noContent: '成功时无返回体（HTTP 204 No Content）',
    official: '官方文档',
    errors: '错误码',
    errorHead: '| 状态码 | 错误码 {.code} | 描述\n| --- | --- | ---',
    notes: '说明',
    uncertain: '响应字段以实际返回为准，SDK 原样透传（与定义不符之处经 `onResponseIssues` 报告）。',
    retry: RETRY.zh,
    forms: '异步：Promise `.then()` 写法；同步：`await` 写法（读起来像同步代码，不阻塞线程）。',
    setup: (f) =>
      `\`client\` 来自 [createClient](/guide/making-a-call)，\`${f.variable} = ${f.factory}(client)\`；本页每段代码都在测试中对[沙箱](/guide/sandbox)运行过。`,
    frameworks: '在你自己的后端路由中调用（Express / NestJS）：',
    facade: '门面方法',
    overviewTitle: (family) => `${family.title.zh} API`,
    overviewLead: (family) =>
      `${family.title.zh}（\`${family.package}\`）的全部接口与回调：表格与代码由端点定义与 zod 模式生成，不会和 SDK 脱节。`,
    overviewHead: '| 接口 | 方法 | 路径 | 门面方法\n| --- | --- | --- | ---',
    notificationHead: '| 回调 | 事件类型\n| --- | ---',
    indexTitle: 'API 参考',
    indexLead: '按 API 家族组织：每个家族一个 npm 包、一个门面、一组沙箱处理器。',
    indexHead: '| 家族 | 包 | 接口 | 回调\n| --- | --- | --- | ---',
    indexMore: (link) => `其他接口见 [${link.text}](${link.link})：每个 APIv3 接口一页，经 \`@api/catalog\` 类型化。`,
    notificationCode: '接收通知',
    notificationLead: (events) =>
      `微信支付向商户的通知地址推送 ${events}。对原始请求体验签并解密后，用下面的解析函数得到类型化的事件；同一通知 \`id\` 可能多次送达，处理须幂等。`,
    changelogTitle: '更新日志',
    changelogNone: '尚未发布版本：首次 `changeset version` 后，这里会出现该包的 CHANGELOG.md。',
    benchNone: '尚无基准测试结果：运行 `pnpm bench` 后，`bench/results/*.md` 会出现在这里。',
  },
  en: {
    request: ['Request parameter', 'Type', 'Description'],
    response: ['Response field', 'Type', 'Description'],
    notifyEnvelope: ['Notification field', 'Type', 'Description'],
    notifyResource: ['Decrypted resource', 'Type', 'Description'],
    headers: ['Header', 'Type', 'Description'],
    ack: ['Answer field', 'Type', 'Description'],
    json: 'the `JSON` body',
    jsonTip: 'The json option of a client call; the facade takes these side by side with path and query parameters',
    query: 'the query parameters',
    queryTip: 'The query option of a client call; flat in the facade input',
    requestHeaders: 'the HTTP request headers',
    requestHeadersTip: 'The headers option of a client call',
    multipart: 'the `multipart/form-data` parts (the facade computes sha256 and builds meta)',
    multipartTip: 'file: the image bytes (Uint8Array / Buffer); filename: with its extension',
    objectTip: 'nested object',
    noContent: 'No body on success (HTTP 204 No Content)',
    official: 'Official documentation',
    errors: 'Errors',
    errorHead: '| Status | Code {.code} | Description\n| --- | --- | ---',
    notes: 'Notes',
    uncertain:
      'Response fields are as WeChat Pay actually returns them: the SDK passes the answer through (differences from the definition are reported to `onResponseIssues`).',
    retry: RETRY.en,
    forms: 'Async: the Promise `.then()` form; Sync: the `await` form (reads like synchronous code, never blocks).',
    setup: (f) =>
      `\`client\` comes from [createClient](/en/guide/making-a-call) and \`${f.variable} = ${f.factory}(client)\`; every snippet on this page runs against the [sandbox](/en/guide/sandbox) in the docs tests.`,
    frameworks: 'From one of your own backend routes (Express / NestJS):',
    facade: 'Facade method',
    overviewTitle: (family) => `${family.title.en} API`,
    overviewLead: (family) =>
      `Every endpoint and callback of ${family.title.en} (\`${family.package}\`), generated from the endpoint definitions and zod schemas of the SDK.`,
    overviewHead: '| Endpoint | Method | Path | Facade method\n| --- | --- | --- | ---',
    notificationHead: '| Callback | Event type\n| --- | ---',
    indexTitle: 'API reference',
    indexLead: 'By API family: each family is one npm package, one facade and one set of sandbox handlers.',
    indexHead: '| Family | Package | Endpoints | Callbacks\n| --- | --- | --- | ---',
    indexMore: (link) =>
      `Every other operation: [${link.text}](${link.link}), one page per APIv3 operation, typed through \`@api/catalog\`.`,
    notificationCode: 'Receiving it',
    notificationLead: (events) =>
      `WeChat Pay posts ${events} to your notification URL. Verify it over the raw body and decrypt it, then type it with the parser below; the same notification \`id\` can arrive more than once, so handle it idempotently.`,
    changelogTitle: 'Changelog',
    changelogNone:
      'Not released yet: after the first `changeset version`, the CHANGELOG.md of this package shows here.',
    benchNone: 'No benchmark results yet: run `pnpm bench` and `bench/results/*.md` shows here.',
  },
}

/** What English pages print where a definition has no English text yet (the docs tests list every such field). */
export const PENDING_EN = {
  field: '(English description pending; see the Chinese page)',
  notes: 'English notes pending; see the Chinese page.',
  description: 'English description pending; see the Chinese page.',
}
