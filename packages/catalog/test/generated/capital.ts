// capital: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询省份列表
  {
    const { data } = await client.request('GET /v3/capital/capitallhh/areas/provinces')
    console.log(data)
  }
  {
    const { data } = await client.v3.capital.capitallhh.areas.provinces.get()
    console.log(data)
  }
  // 查询城市列表
  {
    const { data } = await client.request('GET /v3/capital/capitallhh/areas/provinces/{province_code}/cities', {
      params: {
        province_code: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.capital.capitallhh.areas.provinces['{province_code}'].cities.get({
      params: {
        province_code: 10,
      },
    })
    console.log(data)
  }
  // 查询支持对公业务的银行列表
  {
    const { data } = await client.request('GET /v3/capital/capitallhh/banks/corporate-banking', {
      query: {
        offset: 0,
        limit: 200,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.capital.capitallhh.banks['corporate-banking'].get({
      query: {
        offset: 0,
        limit: 200,
      },
    })
    console.log(data)
  }
  // 查询支持个人业务的银行列表
  {
    const { data } = await client.request('GET /v3/capital/capitallhh/banks/personal-banking', {
      query: {
        offset: 0,
        limit: 200,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.capital.capitallhh.banks['personal-banking'].get({
      query: {
        offset: 0,
        limit: 200,
      },
    })
    console.log(data)
  }
  // 获取对私银行卡号开户银行
  {
    const { data } = await client.request('GET /v3/capital/capitallhh/banks/search-banks-by-bank-account', {
      query: {
        account_number: client.encrypt('银行卡号'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.capital.capitallhh.banks['search-banks-by-bank-account'].get({
      query: {
        account_number: client.encrypt('银行卡号'),
      },
    })
    console.log(data)
  }
  // 查询支行列表
  {
    const { data } = await client.request('GET /v3/capital/capitallhh/banks/{bank_alias_code}/branches', {
      params: {
        bank_alias_code: '1000006247',
      },
      query: {
        city_code: 536,
        offset: 0,
        limit: 200,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.capital.capitallhh.banks['{bank_alias_code}'].branches.get({
      params: {
        bank_alias_code: '1000006247',
      },
      query: {
        city_code: 536,
        offset: 0,
        limit: 200,
      },
    })
    console.log(data)
  }
}
