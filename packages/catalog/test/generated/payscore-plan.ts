// payscore/plan: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 创建支付分计划
  {
    const { data } = await client.request('POST /v3/payscore/plan/partner/payscore-plans', {
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        plan_name: '瑜伽课20节',
        plan_duration: 300,
        deduction_quantity: 10,
        total_original_price: 15000,
        total_actual_price: 15000,
        plan_detail_list: [
          {
            original_price: 15000,
            plan_discount_description: '享受九折',
            actual_price: 14000,
            plan_detail_name: '第八节课',
          },
        ],
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.plan.partner['payscore-plans'].post({
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6787',
        plan_name: '瑜伽课20节',
        plan_duration: 300,
        deduction_quantity: 10,
        total_original_price: 15000,
        total_actual_price: 15000,
        plan_detail_list: [
          {
            original_price: 15000,
            plan_discount_description: '享受九折',
            actual_price: 14000,
            plan_detail_name: '第八节课',
          },
        ],
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  // 查询支付分计划
  {
    const { data } = await client.request('GET /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}', {
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.plan.partner['payscore-plans']['merchant-plan-no']['{merchant_plan_no}'].get({
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 停止支付分计划
  {
    const { data } = await client.request('POST /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop', {
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
      json: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.plan.partner['payscore-plans']['merchant-plan-no']['{merchant_plan_no}'].stop.post({
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
      json: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 创建支付分计划
  {
    const { data } = await client.request('POST /v3/payscore/plan/payscore-plans', {
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        plan_name: '瑜伽课20节',
        plan_duration: 300,
        deduction_quantity: 10,
        total_original_price: 15000,
        total_actual_price: 15000,
        plan_detail_list: [
          {
            original_price: 15000,
            plan_discount_description: '享受九折',
            actual_price: 14000,
            plan_detail_name: '第八节课',
          },
        ],
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.plan['payscore-plans'].post({
      json: {
        service_id: '2002000000000558128851361561536',
        appid: 'wxd678efh567hg6787',
        plan_name: '瑜伽课20节',
        plan_duration: 300,
        deduction_quantity: 10,
        total_original_price: 15000,
        total_actual_price: 15000,
        plan_detail_list: [
          {
            original_price: 15000,
            plan_discount_description: '享受九折',
            actual_price: 14000,
            plan_detail_name: '第八节课',
          },
        ],
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  // 查询支付分计划
  {
    const { data } = await client.request('GET /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}', {
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.plan['payscore-plans']['merchant-plan-no']['{merchant_plan_no}'].get({
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  // 停止支付分计划
  {
    const { data } = await client.request('POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop', {
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore.plan['payscore-plans']['merchant-plan-no']['{merchant_plan_no}'].stop.post({
      params: {
        merchant_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
}
