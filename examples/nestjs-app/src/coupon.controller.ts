import { InjectWechatPayFacade } from '@adapters/nestjs'
import { type Busifavor, createBusifavor, createRequestNo } from '@api/busifavor'
import { isApiError, isValidationError } from '@core/client'
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Inject,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common'
import { CouponLedger, type ReceivedCoupon } from './coupon.ledger.js'

export interface DeactivateBody {
  stock_id: string
  /** Keep it with your order and send the same one when retrying; generated when absent. */
  deactivate_request_no?: string
  deactivate_reason?: string
}

@Controller('coupons')
export class CouponController {
  constructor(
    @InjectWechatPayFacade(createBusifavor) private readonly busifavor: Busifavor,
    @Inject(CouponLedger) private readonly ledger: CouponLedger,
  ) {}

  /** 使券失效: `POST /coupons/:code/deactivate` with `{ stock_id, deactivate_request_no?, deactivate_reason? }`. */
  @Post(':code/deactivate')
  @HttpCode(200)
  async deactivate(@Param('code') code: string, @Body() body: DeactivateBody) {
    const deactivate_request_no = body?.deactivate_request_no ?? createRequestNo()
    try {
      const answer = await this.busifavor.deactivateCoupon({
        coupon_code: code,
        // Checked by the facade against the endpoint schema: a missing stock_id is a ValidationError, nothing sent.
        stock_id: body?.stock_id as string,
        deactivate_request_no,
        ...(body?.deactivate_reason ? { deactivate_reason: body.deactivate_reason } : {}),
      })
      return { ...answer, deactivate_request_no }
    } catch (error) {
      // Bad input never left the app; WeChat Pay's refusals keep their status and code.
      if (isValidationError(error)) throw new BadRequestException({ code: 'INVALID_INPUT', issues: error.issues })
      if (isApiError(error))
        throw new HttpException(
          { code: error.code, message: error.apiMessage, request_id: error.requestId },
          error.status ?? 502,
        )
      throw error
    }
  }

  /** What the COUPON.SEND callback recorded for a coupon. */
  @Get(':code')
  received(@Param('code') code: string): ReceivedCoupon {
    const record = this.ledger.find(code)
    if (record === undefined) throw new NotFoundException(`no COUPON.SEND callback for coupon ${code} yet`)
    return record
  }
}
