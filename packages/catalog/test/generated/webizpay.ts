// webizpay: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询可用商户范围列表
  {
    const { data } = await client.request('GET /v3/webizpay/avail-mch-ranges', {
      query: {
        sp_mchid: '12341234',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay['avail-mch-ranges'].get({
      query: {
        sp_mchid: '12341234',
      },
    })
    console.log(data)
  }
  // 创建可用商户范围
  {
    const { data } = await client.request('POST /v3/webizpay/avail-mch-ranges', {
      json: {
        sp_mchid: '12341234',
        identifier_type: 'ORGANIZATION_CODE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay['avail-mch-ranges'].post({
      json: {
        sp_mchid: '12341234',
        identifier_type: 'ORGANIZATION_CODE',
      },
    })
    console.log(data)
  }
  // 查询商户标识列表
  {
    const { data } = await client.request('GET /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers', {
      params: {
        range_id: '89f5123e-5ad4-4e0e-89b1-63ced0c798c5',
      },
      query: {
        sp_mchid: '12341234',
        offset: 0,
        limit: 100,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay['avail-mch-ranges']['{range_id}']['merchant-identifiers'].get({
      params: {
        range_id: '89f5123e-5ad4-4e0e-89b1-63ced0c798c5',
      },
      query: {
        sp_mchid: '12341234',
        offset: 0,
        limit: 100,
      },
    })
    console.log(data)
  }
  // 添加商户标识
  {
    const { data } = await client.request('POST /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers', {
      params: {
        range_id: '89f5123e-5ad4-4e0e-89b1-63ced0c798c5',
      },
      json: {
        sp_mchid: '12341234',
        merchant_identifier: '91110000710926094P',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay['avail-mch-ranges']['{range_id}']['merchant-identifiers'].post({
      params: {
        range_id: '89f5123e-5ad4-4e0e-89b1-63ced0c798c5',
      },
      json: {
        sp_mchid: '12341234',
        merchant_identifier: '91110000710926094P',
      },
    })
    console.log(data)
  }
  // 删除商户标识
  {
    const { data } = await client.request('DELETE /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}', {
      params: {
        range_id: '89f5123e-5ad4-4e0e-89b1-63ced0c798c5',
        merchant_identifier: '91110000710926094P',
      },
      json: {
        sp_mchid: '12341234',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay['avail-mch-ranges']['{range_id}']['merchant-identifiers']['{merchant_identifier}'].delete({
      params: {
        range_id: '89f5123e-5ad4-4e0e-89b1-63ced0c798c5',
        merchant_identifier: '91110000710926094P',
      },
      json: {
        sp_mchid: '12341234',
      },
    })
    console.log(data)
  }
  // 申请企业商户企业支付出资凭证
  {
    const { data } = await client.request('POST /v3/webizpay/bill/proof', {
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        start_date: '2025-04-23',
        end_date: '2025-04-23',
        entity_name: '某某科技有限公司',
        out_operation_id: 'operation12345678',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.bill.proof.post({
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        start_date: '2025-04-23',
        end_date: '2025-04-23',
        entity_name: '某某科技有限公司',
        out_operation_id: 'operation12345678',
      },
    })
    console.log(data)
  }
  // 申请企业商户企业支付业务账单
  {
    const { data } = await client.request('POST /v3/webizpay/bill/trade-bill', {
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        date: '2025-04-23',
        type: 'QYZFALL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.bill['trade-bill'].post({
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        date: '2025-04-23',
        type: 'QYZFALL',
      },
    })
    console.log(data)
  }
  // 使用商户卡号查询企业支付额度卡
  {
    const { data } = await client.request('GET /v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}', {
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        out_card_no: 'out_card_123456',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.employees['{employee_id}']['out-quota-cards']['{out_card_no}'].get({
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        out_card_no: 'out_card_123456',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  // 企业商户为员工下发企业支付额度卡
  {
    const { data } = await client.request('POST /v3/webizpay/employees/{employee_id}/quota-cards', {
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        card_template_id: 'template_123',
        amount: 10000,
        card_name: '报销额度卡',
        out_card_no: 'mch_card_123456',
        effective_end_time: '2023-12-31T23:59:59+08:00',
        card_remark: '2023年1月差旅报销',
        avail_mch_range_id: 'range_12345678',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.employees['{employee_id}']['quota-cards'].post({
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        card_template_id: 'template_123',
        amount: 10000,
        card_name: '报销额度卡',
        out_card_no: 'mch_card_123456',
        effective_end_time: '2023-12-31T23:59:59+08:00',
        card_remark: '2023年1月差旅报销',
        avail_mch_range_id: 'range_12345678',
      },
    })
    console.log(data)
  }
  // 企业商户查询企业支付额度卡
  {
    const { data } = await client.request('GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}', {
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        card_no: '1068019671702503425',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.employees['{employee_id}']['quota-cards']['{card_no}'].get({
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        card_no: '1068019671702503425',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  // 企业商户作废员工企业支付额度卡
  {
    const { data } = await client.request('POST /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel', {
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        card_no: '1068019671702503425',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        reason: '商户主动作废',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.employees['{employee_id}']['quota-cards']['{card_no}'].cancel.post({
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        card_no: '1068019671702503425',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        reason: '商户主动作废',
      },
    })
    console.log(data)
  }
  // 企业商户获取指定额度卡支付链接
  {
    const { data } = await client.request('GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url', {
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        card_no: '1068019671702503425',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        application_type: 'H5',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.employees['{employee_id}']['quota-cards']['{card_no}']['payment-url'].get({
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
        card_no: '1068019671702503425',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        application_type: 'H5',
      },
    })
    console.log(data)
  }
  // 企业商户发起解除员工企业支付授权
  {
    const { data } = await client.request('POST /v3/webizpay/employees/{employee_id}/revoke', {
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.employees['{employee_id}'].revoke.post({
      params: {
        employee_id: 'WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  // 发起门店主体匹配
  {
    const { data } = await client.request('POST /v3/webizpay/stores/entity-matches', {
      json: {
        sp_mchid: '12341234',
        out_batch_id: 'batch12345678',
        match_details: [
          {
            organization_code: '91110000710926094P',
            store_name: '微信小店',
            product_type: 'CODE_PAY',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.stores['entity-matches'].post({
      json: {
        sp_mchid: '12341234',
        out_batch_id: 'batch12345678',
        match_details: [
          {
            organization_code: '91110000710926094P',
            store_name: '微信小店',
            product_type: 'CODE_PAY',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询门店主体匹配结果
  {
    const { data } = await client.request('GET /v3/webizpay/stores/entity-matches/{batch_id}', {
      params: {
        batch_id: '1030000071201xxxxx',
      },
      query: {
        sp_mchid: '12341234',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.stores['entity-matches']['{batch_id}'].get({
      params: {
        batch_id: '1030000071201xxxxx',
      },
      query: {
        sp_mchid: '12341234',
      },
    })
    console.log(data)
  }
  // 企业商户查询企业员工开通授权状态
  {
    const { data } = await client.request('GET /v3/webizpay/users/{user_id}/authorization-state', {
      params: {
        user_id: '123456',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.users['{user_id}']['authorization-state'].get({
      params: {
        user_id: '123456',
      },
      query: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
      },
    })
    console.log(data)
  }
  // 企业商户发起员工开通企业支付授权
  {
    const { data } = await client.request('POST /v3/webizpay/users/{user_id}/authorization-url', {
      params: {
        user_id: '123456',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        application_type: 'H5',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.webizpay.users['{user_id}']['authorization-url'].post({
      params: {
        user_id: '123456',
      },
      json: {
        sp_mchid: '12341234',
        sub_mchid: '43214321',
        application_type: 'H5',
      },
    })
    console.log(data)
  }
}
