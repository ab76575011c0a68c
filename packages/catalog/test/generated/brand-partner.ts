// brand/partner: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询会员卡模板列表
  {
    const { data } = await client.request('GET /v3/brand/partner/card-member/cards', {
      query: {
        brand_id: '1004',
        state: 'CARD_EFFECTIVE',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member'].cards.get({
      query: {
        brand_id: '1004',
        state: 'CARD_EFFECTIVE',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 创建会员卡模板
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/cards', {
      json: {
        brand_id: '1004',
        appid: 'wxea9c30890f48d5ae',
        card_type: 'PURCHASE',
        card_title: '测试卡',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        code_mode: 'SYSTEM_ALLOCATE',
        code_type: 'NONE_CODE',
        code_jump_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/code/code',
        },
        benefits: '会员折扣、专属价',
        notify_url: 'https://www.weixin.qq.com/wxpay/notify.php',
        need_pinned: true,
        need_display_level: true,
        init_level: '白银会员',
        service_phone: '010-8877xxxx',
        legal_agreement: '商家需在 48 小时内发货，若商品存在质量问题，用户可在 7 天内申请退货。',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        points_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/points/points',
        },
        balance_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/balance/balance',
        },
        purchase_information: {
          price: 100,
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/purchase/purchase',
        },
        user_information: {
          common_field_list: ['USER_FORM_FLAG_SEX'],
          custom_field_list: [
            {
              type: 'CHECK_BOX',
              name: '喜欢的运动',
              values: ['篮球'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member'].cards.post({
      json: {
        brand_id: '1004',
        appid: 'wxea9c30890f48d5ae',
        card_type: 'PURCHASE',
        card_title: '测试卡',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        code_mode: 'SYSTEM_ALLOCATE',
        code_type: 'NONE_CODE',
        code_jump_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/code/code',
        },
        benefits: '会员折扣、专属价',
        notify_url: 'https://www.weixin.qq.com/wxpay/notify.php',
        need_pinned: true,
        need_display_level: true,
        init_level: '白银会员',
        service_phone: '010-8877xxxx',
        legal_agreement: '商家需在 48 小时内发货，若商品存在质量问题，用户可在 7 天内申请退货。',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        points_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/points/points',
        },
        balance_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/balance/balance',
        },
        purchase_information: {
          price: 100,
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/purchase/purchase',
        },
        user_information: {
          common_field_list: ['USER_FORM_FLAG_SEX'],
          custom_field_list: [
            {
              type: 'CHECK_BOX',
              name: '喜欢的运动',
              values: ['篮球'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // 删除会员卡模板
  {
    const { data } = await client.request('DELETE /v3/brand/partner/card-member/cards/{card_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      query: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member'].cards['{card_id}'].delete({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      query: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  // 查询会员卡模板信息
  {
    const { data } = await client.request('GET /v3/brand/partner/card-member/cards/{card_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      query: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member'].cards['{card_id}'].get({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      query: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  // 修改会员卡模板信息
  {
    const { data } = await client.request('PATCH /v3/brand/partner/card-member/cards/{card_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
        card_title: '测试卡',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        code_jump_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/code/code',
        },
        benefits: '会员折扣、专属价',
        notify_url: 'https://www.weixin.qq.com/wxpay/notify.php',
        need_pinned: true,
        need_display_level: true,
        init_level: '白银会员',
        service_phone: '010-8877xxxx',
        legal_agreement: '商家需在 48 小时内发货，若商品存在质量问题，用户可在 7 天内申请退货。',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        points_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/points/points',
        },
        balance_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/balance/balance',
        },
        purchase_information: {
          price: 100,
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/purchase/purchase',
        },
        user_information: {
          common_field_list: ['USER_FORM_FLAG_SEX'],
          custom_field_list: [
            {
              type: 'CHECK_BOX',
              name: '喜欢的运动',
              values: ['篮球'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member'].cards['{card_id}'].patch({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
        card_title: '测试卡',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        code_jump_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/code/code',
        },
        benefits: '会员折扣、专属价',
        notify_url: 'https://www.weixin.qq.com/wxpay/notify.php',
        need_pinned: true,
        need_display_level: true,
        init_level: '白银会员',
        service_phone: '010-8877xxxx',
        legal_agreement: '商家需在 48 小时内发货，若商品存在质量问题，用户可在 7 天内申请退货。',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        points_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/points/points',
        },
        balance_information: {
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/balance/balance',
        },
        purchase_information: {
          price: 100,
          jump_appid: 'wxea9c30a90fs8d3fe',
          jump_path: '/pages/purchase/purchase',
        },
        user_information: {
          common_field_list: ['USER_FORM_FLAG_SEX'],
          custom_field_list: [
            {
              type: 'CHECK_BOX',
              name: '喜欢的运动',
              values: ['篮球'],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // 作废会员卡模板
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/cards/{card_id}/invalidate', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member'].cards['{card_id}'].invalidate.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  // 查询品牌会员发券活动列表
  {
    const { data } = await client.request('GET /v3/brand/partner/card-member/membership-activities', {
      query: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        activity_state: 'MEMBERSHIP_ACTIVITY_CREATED',
        offset: 10,
        limit: 5,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['membership-activities'].get({
      query: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        activity_state: 'MEMBERSHIP_ACTIVITY_CREATED',
        offset: 10,
        limit: 5,
      },
    })
    console.log(data)
  }
  // 创建品牌会员发券活动
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/membership-activities', {
      json: {
        out_request_no: '100002322019090134234sfdf',
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        activity_channel: 'MECHANT_APP_COMPONENT',
        title: '入会享券',
        sub_title: '5张满减券',
        begin_time: '2020-01-20T13:29:35.120+08:00',
        end_time: '2020-01-29T13:29:35.120+08:00',
        apply_total: 1000,
        product_coupon_stock_list: [
          {
            product_coupon_id: '701138812971763025610907319729',
            stock_id: '98065001',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['membership-activities'].post({
      json: {
        out_request_no: '100002322019090134234sfdf',
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        activity_channel: 'MECHANT_APP_COMPONENT',
        title: '入会享券',
        sub_title: '5张满减券',
        begin_time: '2020-01-20T13:29:35.120+08:00',
        end_time: '2020-01-29T13:29:35.120+08:00',
        apply_total: 1000,
        product_coupon_stock_list: [
          {
            product_coupon_id: '701138812971763025610907319729',
            stock_id: '98065001',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询品牌会员发券活动
  {
    const { data } = await client.request('GET /v3/brand/partner/card-member/membership-activities/{activity_id}', {
      params: {
        activity_id: '371067',
      },
      query: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['membership-activities']['{activity_id}'].get({
      params: {
        activity_id: '371067',
      },
      query: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  // 修改品牌会员发券活动信息
  {
    const { data } = await client.request('PATCH /v3/brand/partner/card-member/membership-activities/{activity_id}', {
      params: {
        activity_id: '371067',
      },
      json: {
        brand_id: '1004',
        title: '入会享券',
        sub_title: '5张满减券',
        begin_time: '2020-01-20T13:29:35.120+08:00',
        end_time: '2020-01-29T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['membership-activities']['{activity_id}'].patch({
      params: {
        activity_id: '371067',
      },
      json: {
        brand_id: '1004',
        title: '入会享券',
        sub_title: '5张满减券',
        begin_time: '2020-01-20T13:29:35.120+08:00',
        end_time: '2020-01-29T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  // 终止品牌会员发券活动
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/membership-activities/{activity_id}/terminate', {
      params: {
        activity_id: '371067',
      },
      json: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['membership-activities']['{activity_id}'].terminate.post({
      params: {
        activity_id: '371067',
      },
      json: {
        brand_id: '1004',
      },
    })
    console.log(data)
  }
  // 品牌会员展示付款码组件预授权
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/pay-view-tokens', {
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['pay-view-tokens'].post({
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
      },
    })
    console.log(data)
  }
  // 入会组件预授权
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/pre-auth-tokens', {
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['pre-auth-tokens'].post({
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
      },
    })
    console.log(data)
  }
  // 查询用户在品牌下所有会员卡
  {
    const { data } = await client.request('GET /v3/brand/partner/card-member/user-cards', {
      query: {
        brand_id: '1004',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_state: 'UNACTIVATED',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-cards'].get({
      query: {
        brand_id: '1004',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_state: 'UNACTIVATED',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 根据openid导入用户会员卡
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/user-cards/import-by-openid', {
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_code: '478515832665',
        phone_number: client.encrypt('手机号'),
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        pickup_time: '2020-05-20T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-cards']['import-by-openid'].post({
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_code: '478515832665',
        phone_number: client.encrypt('手机号'),
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        pickup_time: '2020-05-20T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  // 根据手机号导入用户会员卡
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/user-cards/import-by-phone', {
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        phone_number: client.encrypt('手机号'),
        user_card_code: '478515832665',
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        pickup_time: '2020-05-20T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-cards']['import-by-phone'].post({
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        phone_number: client.encrypt('手机号'),
        user_card_code: '478515832665',
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        pickup_time: '2020-05-20T13:29:35.120+08:00',
      },
    })
    console.log(data)
  }
  // 查询用户会员卡信息
  {
    const { data } = await client.request('GET /v3/brand/partner/card-member/user-cards/{user_card_code}', {
      params: {
        user_card_code: '478515832665',
      },
      query: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-cards']['{user_card_code}'].get({
      params: {
        user_card_code: '478515832665',
      },
      query: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
      },
    })
    console.log(data)
  }
  // 修改用户会员卡信息
  {
    const { data } = await client.request('PATCH /v3/brand/partner/card-member/user-cards/{user_card_code}', {
      params: {
        user_card_code: '478515832665',
      },
      query: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        phone_number: client.encrypt('手机号'),
        level: '钻石会员',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        pickup_time: '2020-05-20T13:29:35.120+08:00',
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        attach: '自定义数据说明',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-cards']['{user_card_code}'].patch({
      params: {
        user_card_code: '478515832665',
      },
      query: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        phone_number: client.encrypt('手机号'),
        level: '钻石会员',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        pickup_time: '2020-05-20T13:29:35.120+08:00',
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        attach: '自定义数据说明',
      },
    })
    console.log(data)
  }
  // 同步会员开通结果
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/user-cards/{user_card_code}/confirm', {
      params: {
        user_card_code: '478515832665',
      },
      query: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        phone_number: client.encrypt('手机号'),
        level: '钻石会员',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        attach: '自定义数据说明',
        user_card_confirm_state: 'CREATE_CARD_SUCCESS',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-cards']['{user_card_code}'].confirm.post({
      params: {
        user_card_code: '478515832665',
      },
      query: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1004',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        card_color: '#FFFF00',
        card_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        phone_number: client.encrypt('手机号'),
        level: '钻石会员',
        valid_date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
        },
        user_information: {
          common_field_list: [
            {
              name: 'USER_FORM_FLAG_SEX',
              value: client.encrypt('用户开卡时填写的个人信息'),
            },
          ],
          custom_field_list: [
            {
              name: '喜欢的运动',
              user_chosen_values: ['vvysDQeEaH3I+wRh14St0abIkvQyFgh/'],
            },
          ],
        },
        attach: '自定义数据说明',
        user_card_confirm_state: 'CREATE_CARD_SUCCESS',
      },
    })
    console.log(data)
  }
  // 作废用户会员卡
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate', {
      params: {
        user_card_code: '478515832665',
      },
      query: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        invalid_reason: '传入的自定义作废原因',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-cards']['{user_card_code}'].invalidate.post({
      params: {
        user_card_code: '478515832665',
      },
      query: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        invalid_reason: '传入的自定义作废原因',
      },
    })
    console.log(data)
  }
  // 创建用户动态信息
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/user-feeds', {
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        user_card_code: '478515832665',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        out_request_no: '100002322019090134234sfdf',
        cell_message: '15_1200_1',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-feeds'].post({
      json: {
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        user_card_code: '478515832665',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        out_request_no: '100002322019090134234sfdf',
        cell_message: '15_1200_1',
      },
    })
    console.log(data)
  }
  // 同步积分兑券结果
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/user-points/exchange-coupon/confirm', {
      json: {
        record_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        exchange_coupon_template_id: '0Flpo7FqTQ',
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_code: '478515832665',
        state: 'POINT_EXCHANGE_COUPON_SUCCESS',
        coupon_code: '123446565767',
        fail_reason: '积分不足',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-points']['exchange-coupon'].confirm.post({
      json: {
        record_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        exchange_coupon_template_id: '0Flpo7FqTQ',
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_code: '478515832665',
        state: 'POINT_EXCHANGE_COUPON_SUCCESS',
        coupon_code: '123446565767',
        fail_reason: '积分不足',
      },
    })
    console.log(data)
  }
  // 同步积分余额
  {
    const { data } = await client.request('POST /v3/brand/partner/card-member/user-points/sync', {
      json: {
        out_request_no: '100002322019090134234sfdf',
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_code: '478515832665',
        point_balance: 1000,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner['card-member']['user-points'].sync.post({
      json: {
        out_request_no: '100002322019090134234sfdf',
        brand_id: '1004',
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        user_card_code: '478515832665',
        point_balance: 1000,
      },
    })
    console.log(data)
  }
  // 列表查询品牌门店信息
  {
    const { data } = await client.request('GET /v3/brand/partner/store/brandstores', {
      query: {
        brand_id: '120344',
        store_state: 'OPEN',
        offset: 100,
        limit: 50,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores.get({
      query: {
        brand_id: '120344',
        store_state: 'OPEN',
        offset: 100,
        limit: 50,
      },
    })
    console.log(data)
  }
  // 创建品牌门店
  {
    const { data } = await client.request('POST /v3/brand/partner/store/brandstores', {
      json: {
        brand_id: '123456789',
        store_basics: {
          store_reference_id: 'MDL001',
          branch_name: '海岸城店',
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores.post({
      json: {
        brand_id: '123456789',
        store_basics: {
          store_reference_id: 'MDL001',
          branch_name: '海岸城店',
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
      },
    })
    console.log(data)
  }
  // 删除品牌门店
  {
    const { status } = await client.request('DELETE /v3/brand/partner/store/brandstores/{store_id}', {
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.brand.partner.store.brandstores['{store_id}'].delete({
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
      },
    })
    console.log(status)
  }
  // 查询品牌门店
  {
    const { data } = await client.request('GET /v3/brand/partner/store/brandstores/{store_id}', {
      params: {
        store_id: '20488000',
      },
      query: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores['{store_id}'].get({
      params: {
        store_id: '20488000',
      },
      query: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
  // 更新品牌门店
  {
    const { data } = await client.request('PATCH /v3/brand/partner/store/brandstores/{store_id}', {
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
        store_basics: {
          store_reference_id: 'MDL001',
          branch_name: '海岸城店',
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores['{store_id}'].patch({
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
        store_basics: {
          store_reference_id: 'MDL001',
          branch_name: '海岸城店',
        },
        store_address: {
          address_code: '440305',
          address_detail: '深南大道10000号腾讯大厦1楼',
          address_complements: '地铁A口右侧100米',
          longitude: '112.63484',
          latitude: '37.75464',
        },
        store_business: {
          service_phone: '0755-86013388',
          business_hours: '周一至周五 09:00-20:00|周六至周日 10:00-22:00',
        },
      },
    })
    console.log(data)
  }
  // 绑定收款商户号
  {
    const { data } = await client.request('POST /v3/brand/partner/store/brandstores/{store_id}/bindrecipient', {
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
        mchid: '1230000109',
        company_name: '腾讯科技（深圳）有限公司',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores['{store_id}'].bindrecipient.post({
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
        mchid: '1230000109',
        company_name: '腾讯科技（深圳）有限公司',
      },
    })
    console.log(data)
  }
  // 暂停门店营业
  {
    const { data } = await client.request('POST /v3/brand/partner/store/brandstores/{store_id}/close', {
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores['{store_id}'].close.post({
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
  // 恢复门店营业
  {
    const { data } = await client.request('POST /v3/brand/partner/store/brandstores/{store_id}/resume', {
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores['{store_id}'].resume.post({
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
      },
    })
    console.log(data)
  }
  // 解绑收款商户号
  {
    const { data } = await client.request('POST /v3/brand/partner/store/brandstores/{store_id}/unbindrecipient', {
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
        mchid: '1230000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.brand.partner.store.brandstores['{store_id}'].unbindrecipient.post({
      params: {
        store_id: '20488000',
      },
      json: {
        brand_id: '123456789',
        mchid: '1230000109',
      },
    })
    console.log(data)
  }
}
